package org.entente.annotators;

import com.google.common.base.Splitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.entente.lexicon.Gazetteer;

/** Reads the properties that entente's annotators share. */
final class Settings {
  /** Comma-separated user gazetteer files laid over the bundled ones. */
  static final String GAZETTEERS = "entente.gazetteers";

  private Settings() {}

  static Gazetteer gazetteer(Properties props) {
    String files = props.getProperty(GAZETTEERS, "");
    List<Path> paths = Splitter.on(',').trimResults().omitEmptyStrings().splitToStream(files)
        .map(Path::of).toList();
    return Gazetteer.load(paths);
  }
}
