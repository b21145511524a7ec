package org.entente.stances.learn;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Trains and measures the {@link PolarityModel} on NewsMTSC (Hamborg and Donnay, EACL 2021;
 * MIT): target-dependent sentiment of news sentences, 2 negative, 4 neutral, 6 positive. Also
 * measures, on PLOVER's gold records (CC BY-SA 4.0), how often the model's leaning towards the
 * record's target agrees with the direction of its event (cooperation or conflict).
 */
public final class PolarityTraining {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** PLOVER event types of cooperation (verbal or material). */
  public static final Set<String> COOPERATION = Set.of("AGREE", "CONSULT", "SUPPORT",
      "CONCEDE", "COOPERATE", "AID", "RETREAT");
  /** PLOVER event types of conflict (verbal or material). */
  public static final Set<String> CONFLICT = Set.of("DEMAND", "DISAPPROVE", "REJECT",
      "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT");

  private final StanfordCoreNLP tagger;
  private final PolarityLexicons lexicons;

  /**
   * A trainer with its own tokenizer, tagger and lemmatiser (each text one sentence).
   *
   * @param lexicons the word polarities the features read
   */
  public PolarityTraining(PolarityLexicons lexicons) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("tokenize.options", "invertible=true");
    this.tagger = new StanfordCoreNLP(p);
    this.lexicons = lexicons;
  }

  /** One NewsMTSC target: its features and its class (0 negative, 1 neutral, 2 positive). */
  public record Example(List<String> features, int label) {}

  /**
   * Reads a NewsMTSC split.
   *
   * @param jsonl the split's file
   * @return one example per target, in file order
   * @throws IOException when it cannot be read
   */
  public List<Example> read(Path jsonl) throws IOException {
    return read(Files.readAllLines(jsonl, UTF_8));
  }

  /**
   * Reads NewsMTSC records.
   *
   * @param jsonl the records, one JSON object a line (blank lines skipped)
   * @return one example per target, in order
   * @throws IOException when a line is not JSON
   */
  public List<Example> read(List<String> jsonl) throws IOException {
    List<Example> out = new ArrayList<>();
    for (String line : jsonl) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      List<CoreLabel> tokens = tokens(n.get("sentence_normalized").asText());
      for (JsonNode t : n.get("targets")) {
        int[] r = PolarityModel.tokenRange(tokens, t.get("from").asInt(), t.get("to").asInt());
        if (r == null) {
          continue;
        }
        int pol = (int) Math.round(t.get("polarity").asDouble());
        int label = pol <= 3 ? 0 : pol >= 5 ? 2 : 1;
        out.add(new Example(PolarityModel.features(tokens, r[0], r[1], lexicons), label));
      }
    }
    return out;
  }

  private List<CoreLabel> tokens(String text) {
    Annotation a = new Annotation(text);
    tagger.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class);
  }

  /**
   * Trains the model.
   *
   * @param train the examples
   * @return the model
   */
  public PolarityModel train(List<Example> train) {
    List<LogisticModel.Example> data = train.stream()
        .map(e -> new LogisticModel.Example(e.features(), e.label())).toList();
    return new PolarityModel(LogisticModel.train(PolarityModel.CLASSES, data,
        new LogisticModel.Settings(15, 0.1, 1e-3, 42, 3)), lexicons);
  }

  /**
   * Macro-averaged F1 over the three classes.
   *
   * @param m the model
   * @param test the examples
   * @return the macro-F1
   */
  public static double macroF1(PolarityModel m, List<Example> test) {
    int[][] c = new int[3][3];
    for (Example e : test) {
      double[] p = m.model().probabilities(e.features());
      int best = 0;
      for (int k = 1; k < 3; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      c[e.label()][best]++;
    }
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      int tp = c[k][k];
      int pred = c[0][k] + c[1][k] + c[2][k];
      int gold = c[k][0] + c[k][1] + c[k][2];
      double p = pred == 0 ? 0 : (double) tp / pred;
      double r = gold == 0 ? 0 : (double) tp / gold;
      sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return sum / 3;
  }

  /**
   * PLOVER direction accuracy: of the gold records whose event is cooperation or conflict and
   * whose target is named in the text, the share where the model leans positive for cooperation
   * and negative for conflict.
   *
   * @param m the model
   * @param plover the gold file (a JSON array)
   * @return {@code {right, scored}}
   * @throws IOException when it cannot be read
   */
  public int[] ploverDirection(PolarityModel m, Path plover) throws IOException {
    int right = 0;
    int scored = 0;
    for (PloverRecord r : ploverRecords(plover)) {
      List<CoreLabel> tokens = tokens(r.text());
      int[] range = PolarityModel.tokenRange(tokens, r.begin(), r.end());
      if (range == null) {
        continue;
      }
      double[] p = m.probabilities(tokens, range[0], range[1]);
      scored++;
      right += (p[2] > p[0]) == r.cooperation() ? 1 : 0;
    }
    return new int[] {right, scored};
  }

  /**
   * A PLOVER gold record of cooperation or conflict whose target is named in its text.
   *
   * @param text the record's text
   * @param begin offset of the target's first mention in it
   * @param end offset one past it
   * @param cooperation true for a cooperation event, false for conflict
   */
  public record PloverRecord(String text, int begin, int end, boolean cooperation) {}

  /**
   * The PLOVER gold records a direction can be scored on: cooperation or conflict events whose
   * target's words appear in the text.
   *
   * @param plover the gold file (a JSON array)
   * @return the records, in file order
   * @throws IOException when it cannot be read
   */
  public static List<PloverRecord> ploverRecords(Path plover) throws IOException {
    List<PloverRecord> out = new ArrayList<>();
    for (PloverEvent e : ploverEvents(plover)) {
      String mention = e.targets().isEmpty() ? "" : e.targets().get(0).text();
      int at = mention.isEmpty() ? -1 : e.text().indexOf(mention);
      if (at >= 0) {
        out.add(new PloverRecord(e.text(), at, at + mention.length(), e.cooperation()));
      }
    }
    return out;
  }

  /**
   * An actor of a PLOVER record.
   *
   * @param code its code (a country's, say), or empty
   * @param text the words naming it in the record's text, or empty
   */
  public record PloverActor(String code, String text) {}

  /**
   * A PLOVER gold record of cooperation or conflict.
   *
   * @param id the record's id
   * @param text its text
   * @param event its event type (AGREE, REJECT, ...)
   * @param cooperation true for a cooperation event, false for conflict
   * @param sources its source actors, in order (empty when it names none)
   * @param targets its target actors, in order
   */
  public record PloverEvent(String id, String text, String event, boolean cooperation,
      List<PloverActor> sources, List<PloverActor> targets) {}

  /**
   * PLOVER's gold records of cooperation or conflict that have a text and a target list: the
   * one reader of the file, for the direction measurement and for weakly labelled stances.
   *
   * @param plover the gold file (a JSON array)
   * @return the records, in file order
   * @throws IOException when it cannot be read
   */
  public static List<PloverEvent> ploverEvents(Path plover) throws IOException {
    List<PloverEvent> out = new ArrayList<>();
    for (JsonNode r : JSON.readTree(plover.toFile())) {
      String event = r.path("event").asText();
      boolean coop = COOPERATION.contains(event);
      if (!coop && !CONFLICT.contains(event) || !r.has("text") || !r.has("target")) {
        continue;
      }
      out.add(new PloverEvent(r.path("id").asText(), r.get("text").asText(), event, coop,
          actors(r.path("source")), actors(r.get("target"))));
    }
    return out;
  }

  private static List<PloverActor> actors(JsonNode list) {
    List<PloverActor> out = new ArrayList<>();
    for (JsonNode a : list) {
      out.add(new PloverActor(a.path("code").asText(), a.path("actorText").asText()));
    }
    return List.copyOf(out);
  }

  /**
   * A one-line summary of a figure.
   *
   * @param name what was measured
   * @param value the figure
   * @return the line
   */
  public static String line(String name, double value) {
    return String.format(Locale.ROOT, "%s %.3f", name, value);
  }
}
