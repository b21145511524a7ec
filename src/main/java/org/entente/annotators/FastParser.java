package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's neural dependency parser ({@code nndep}) with the same model, the same transitions
 * and the same arithmetic, bit for bit, computed in an order that runs about twice as fast.
 * CoreNLP sums each hidden unit and each transition's score as one long chain of dependent
 * additions, which a JIT cannot reorder (floating point) and which the launcher's C1 compiles as
 * written; here the same sums, each in the same order, run side by side (weights transposed, four
 * terms per pass), so a processor overlaps them. Also: CoreNLP computes the 20,000 most frequent
 * feature vectors at load (a second of start-up), here each is computed the first time it is
 * needed, in the same double precision; the other vectors are float-rounded as in CoreNLP's
 * cache, held in a lock-free map instead of its synchronized LRU (which serializes the threads),
 * and a step with only one legal transition is taken without scoring. Output equals {@link
 * DependencyParser#predict(CoreMap)}'s ({@code FastParserTest}).
 *
 * <p>It reads the parser's private fields and calls two private helpers through reflection
 * (CoreNLP 4.5.10; a pinned dependency); when that fails it logs why and parses with {@link
 * DependencyParser#predict(CoreMap)}. Thread-safe: the caches are concurrent, the rest is read
 * only.
 */
final class FastParser {
  private static final Logger log = LoggerFactory.getLogger(FastParser.class);

  /** CoreNLP's {@code Config.numPreComputed} default: vectors kept in double precision. */
  static final int PRECOMPUTED = 20_000;
  /** The other vectors held at most (CoreNLP holds 5,000 in its LRU); then the map is cleared. */
  private static final int CACHED = 20_000;
  /** Features per configuration, CoreNLP's {@code Config.numTokens}. */
  private static final int TOKENS = 48;

  private final DependencyParser parser;
  private final Engine engine; // null: CoreNLP's own predict

  private FastParser(DependencyParser parser, Engine engine) {
    this.parser = parser;
    this.engine = engine;
  }

  /**
   * Loads {@code model} without CoreNLP's eager pre-computation, which this parser does lazily.
   *
   * @param model the model's class-path resource or file
   * @return the parser
   */
  static FastParser load(String model) {
    Properties props = new Properties();
    props.setProperty("numPreComputed", "0");
    DependencyParser parser = DependencyParser.loadFromModelFile(model, props);
    try {
      return new FastParser(parser, new Engine(parser));
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn("fast dependency scoring unavailable ({}); using CoreNLP's", e.toString());
      return new FastParser(DependencyParser.loadFromModelFile(model, new Properties()), null);
    }
  }

  /** Whether the fast scoring is in use (else CoreNLP's own {@code predict}). */
  boolean fast() {
    return engine != null;
  }

  /**
   * The parse of one tagged sentence, as {@link DependencyParser#predict(CoreMap)}.
   *
   * @param sentence a sentence with tokens and part-of-speech tags
   * @return its grammatical structure
   * @throws RuntimeInterruptedException when the thread is interrupted
   */
  GrammaticalStructure predict(CoreMap sentence) {
    return engine == null ? parser.predict(sentence) : engine.predict(sentence);
  }

  /** The reflective view of one loaded parser. */
  private static final class Engine {
    private final DependencyParser parser;
    private final ArcStandard system;
    private final String[] transitions;
    private final int[] kind; // 0 shift, 1 left arc, 2 right arc
    private final boolean[] rootLabel;
    private final boolean singleRoot;
    private final float[][] embeddings;
    private final float[][] w1t; // W1 transposed: [feature position * embedding + k][hidden]
    private final float[][] w2t; // W2 transposed: [hidden][transition]
    private final float[] b1;
    private final int hidden;
    private final int embedding;
    private final Method features;
    private final Method relation;
    private final Method structure;
    private final int[] keys; // open addressing: the precomputed feature keys, -1 empty
    private final int[] slots; // their index in saved
    private final int mask;
    private final AtomicReferenceArray<double[]> saved;
    private final ConcurrentHashMap<Integer, double[]> cached = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    Engine(DependencyParser parser) throws ReflectiveOperationException {
      this.parser = parser;
      ParsingSystem ps = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      if (!(ps instanceof ArcStandard arc)) {
        throw new IllegalStateException("not an arc-standard parser: " + ps);
      }
      this.system = arc;
      this.singleRoot = (Boolean) field(ArcStandard.class, "singleRoot").get(arc);
      String root = (String) field(ParsingSystem.class, "rootLabel").get(arc);
      this.transitions = ((List<String>) field(ParsingSystem.class, "transitions").get(arc))
          .toArray(new String[0]);
      this.kind = new int[transitions.length];
      this.rootLabel = new boolean[transitions.length];
      for (int j = 0; j < transitions.length; j++) {
        String t = transitions[j];
        kind[j] = t.startsWith("L") ? 1 : t.startsWith("R") ? 2 : 0;
        rootLabel[j] = kind[j] != 0 && t.substring(2, t.length() - 1).equals(root);
      }
      Classifier c = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      float[][] w1 = c.getW1();
      float[][] w2 = c.getW2();
      this.embeddings = c.getE();
      this.b1 = c.getb1();
      this.hidden = b1.length;
      this.embedding = embeddings[0].length;
      if (w1.length != hidden || w1[0].length != TOKENS * embedding
          || w2.length != transitions.length) {
        throw new IllegalStateException("unexpected parser dimensions");
      }
      this.w1t = new float[w1[0].length][hidden];
      for (int i = 0; i < hidden; i++) {
        for (int x = 0; x < w1[i].length; x++) {
          w1t[x][i] = w1[i][x];
        }
      }
      this.w2t = new float[hidden][w2.length];
      for (int j = 0; j < w2.length; j++) {
        for (int i = 0; i < hidden; i++) {
          w2t[i][j] = w2[j][i];
        }
      }
      this.features = method("getFeatureArray", Configuration.class);
      this.relation = method("makeGrammaticalRelation", String.class);
      this.structure = method("makeGrammaticalStructure", List.class, TreeGraphNode.class);
      List<Integer> list = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      int n = Math.min(PRECOMPUTED, list.size());
      int size = Integer.highestOneBit(Math.max(4 * n, 16));
      this.keys = new int[size];
      this.slots = new int[size];
      this.mask = size - 1;
      java.util.Arrays.fill(keys, -1);
      for (int i = 0; i < n; i++) {
        int at = list.get(i) * 0x9E3779B1 >>> 7 & mask;
        while (keys[at] != -1 && keys[at] != list.get(i)) {
          at = at + 1 & mask;
        }
        if (keys[at] == -1) { // a repeated key names the same vector
          keys[at] = list.get(i);
          slots[at] = i;
        }
      }
      this.saved = new AtomicReferenceArray<>(n);
    }

    private static Field field(Class<?> owner, String name) throws ReflectiveOperationException {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    }

    private static Method method(String name, Class<?>... types)
        throws ReflectiveOperationException {
      Method m = DependencyParser.class.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    }

    /** {@code ArcStandard.canApply}, on the transition's parsed kind and label. */
    private boolean legal(int j, Configuration c, int stack, int buffer) {
      if (kind[j] != 0) {
        int head = kind[j] == 1 ? c.getStack(0) : c.getStack(1);
        if (head < 0 || head == 0 && !rootLabel[j] || head > 0 && rootLabel[j]) {
          return false;
        }
      }
      return switch (kind[j]) {
        case 1 -> stack > 2;
        case 2 -> singleRoot ? stack > 2 || stack == 2 && buffer == 0 : stack >= 2;
        default -> buffer > 0;
      };
    }

    GrammaticalStructure predict(CoreMap sentence) {
      Configuration c = system.initialConfiguration(sentence);
      boolean[] legal = new boolean[transitions.length];
      double[] h = new double[hidden];
      double[] scores = new double[transitions.length];
      double[][] vectors = new double[TOKENS][];
      while (!system.isTerminal(c)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new RuntimeInterruptedException();
        }
        int stack = c.getStackSize();
        int buffer = c.getBufferSize();
        int count = 0;
        int best = -1;
        for (int j = 0; j < transitions.length; j++) {
          legal[j] = legal(j, c, stack, buffer);
          if (legal[j]) {
            count++;
            best = j;
          }
        }
        if (count > 1) {
          best = best((int[]) call(features, c), vectors, h, scores, legal);
        }
        system.apply(c, transitions[best]);
      }
      return structure(sentence, c);
    }

    /** The legal transition of the highest score, the first of equals (as CoreNLP). */
    private int best(int[] f, double[][] vectors, double[] h, double[] scores, boolean[] legal) {
      for (int j = 0; j < TOKENS; j++) {
        vectors[j] = vector(f[j], j);
      }
      // h[i] = (((0 + v0[i]) + v1[i]) + ...) + v47[i], CoreNLP's order, four vectors a pass.
      java.util.Arrays.fill(h, 0);
      for (int j = 0; j < TOKENS; j += 4) {
        double[] a = vectors[j];
        double[] b = vectors[j + 1];
        double[] c = vectors[j + 2];
        double[] d = vectors[j + 3];
        for (int i = 0; i < hidden; i++) {
          h[i] = h[i] + a[i] + b[i] + c[i] + d[i];
        }
      }
      for (int i = 0; i < hidden; i++) {
        h[i] += b1[i];
        h[i] = h[i] * h[i] * h[i];
      }
      // scores[t] = sum over i of h[i] * W2[t][i], in the order of i, all transitions at once.
      java.util.Arrays.fill(scores, 0);
      int i = 0;
      for (; i + 3 < hidden; i += 4) {
        float[] wa = w2t[i];
        float[] wb = w2t[i + 1];
        float[] wc = w2t[i + 2];
        float[] wd = w2t[i + 3];
        double ha = h[i];
        double hb = h[i + 1];
        double hc = h[i + 2];
        double hd = h[i + 3];
        for (int t = 0; t < scores.length; t++) {
          scores[t] = scores[t] + ha * wa[t] + hb * wb[t] + hc * wc[t] + hd * wd[t];
        }
      }
      for (; i < hidden; i++) {
        float[] w = w2t[i];
        double hi = h[i];
        for (int t = 0; t < scores.length; t++) {
          scores[t] += hi * w[t];
        }
      }
      int best = -1;
      double top = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < scores.length; t++) {
        if (legal[t] && scores[t] > top) {
          top = scores[t];
          best = t;
        }
      }
      return best;
    }

    /** The hidden-layer contribution of feature value {@code token} at {@code position}. */
    private double[] vector(int token, int position) {
      int key = token * TOKENS + position;
      int index = index(key);
      if (index >= 0) {
        double[] v = saved.get(index);
        if (v == null) {
          v = slice(token, position);
          saved.set(index, v);
        }
        return v;
      }
      double[] v = cached.get(key);
      if (v == null) {
        v = slice(token, position);
        // CoreNLP keeps these as floats: the same rounding, held as doubles.
        for (int i = 0; i < hidden; i++) {
          v[i] = (float) v[i];
        }
        if (cached.size() >= CACHED) {
          cached.clear();
        }
        cached.put(key, v);
      }
      return v;
    }

    /** The index of {@code key} among the precomputed vectors, or -1. */
    private int index(int key) {
      for (int at = key * 0x9E3779B1 >>> 7 & mask; keys[at] != -1; at = at + 1 & mask) {
        if (keys[at] == key) {
          return slots[at];
        }
      }
      return -1;
    }

    /** W1's slice for the position times the embedding, summed over k in order, in double. */
    private double[] slice(int token, int position) {
      double[] v = new double[hidden];
      float[] e = embeddings[token];
      int off = position * embedding;
      int k = 0;
      for (; k + 3 < embedding; k += 4) {
        float[] wa = w1t[off + k];
        float[] wb = w1t[off + k + 1];
        float[] wc = w1t[off + k + 2];
        float[] wd = w1t[off + k + 3];
        float ea = e[k];
        float eb = e[k + 1];
        float ec = e[k + 2];
        float ed = e[k + 3];
        for (int i = 0; i < hidden; i++) {
          v[i] = v[i] + wa[i] * ea + wb[i] * eb + wc[i] * ec + wd[i] * ed;
        }
      }
      for (; k < embedding; k++) {
        float[] w = w1t[off + k];
        float ek = e[k];
        for (int i = 0; i < hidden; i++) {
          v[i] += w[i] * ek;
        }
      }
      return v;
    }

    /** The grammatical structure of the final configuration, as CoreNLP's predict builds it. */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<TypedDependency> deps = new ArrayList<>(tokens.size());
      IndexedWord root = new IndexedWord(new Word("ROOT"));
      root.set(CoreAnnotations.IndexAnnotation.class, 0);
      for (int k = 1; k <= tokens.size(); k++) {
        int head = c.getHead(k);
        IndexedWord dependent = new IndexedWord(tokens.get(k - 1));
        IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
            : (GrammaticalRelation) call(relation, c.getLabel(k));
        deps.add(new TypedDependency(rel, governor, dependent));
      }
      return (GrammaticalStructure) call(structure, deps, new TreeGraphNode(new Word("ROOT")));
    }

    private Object call(Method m, Object... args) {
      try {
        return m.invoke(parser, args);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
