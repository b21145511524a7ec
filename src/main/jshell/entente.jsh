// entente in JShell. Open it from the checkout, after `mvn -B -q -DskipTests package`:
//   jshell -R-Xmx3g --class-path "target/classes:$(cat target/classpath.txt)" src/main/jshell/entente.jsh
// It imports the API and loads one shared Extractor (CoreNLP's models: a few seconds).
import java.nio.file.*;
import java.time.LocalDate;
import org.entente.*;

System.err.println("entente: loading CoreNLP models...");
var extractor = Extractor.create();
System.err.println("entente: ready. Try: var x = extractor.extract(\"01-summit.txt\", Files.readString(Path.of(\"models/samples/01-summit.txt\")));");
