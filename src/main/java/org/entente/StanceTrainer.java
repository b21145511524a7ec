package org.entente;

import static java.nio.charset.StandardCharsets.UTF_8;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.annotators.EntenteAnnotations;
import org.entente.annotators.StanceAnnotator;
import org.entente.lexicon.Leaning;
import org.entente.reference.DocumentIndex;
import org.entente.reference.Entity;
import org.entente.stances.StanceFact;
import org.entente.stances.learn.Candidate;
import org.entente.stances.learn.LogisticModel;
import org.entente.stances.learn.Pairs;
import org.entente.stances.learn.PolarityLexicons;
import org.entente.stances.learn.PolarityModel;
import org.entente.stances.learn.PolarityTraining;
import org.entente.stances.learn.Rivals;
import org.entente.stances.learn.StanceSieve;
import org.entente.stances.learn.StanceTraining;

/**
 * What the {@code train-stances} command needs of entente's internals, behind the public API:
 * annotating the corpus with the learned sieve's candidate pairs, training its models, deciding
 * with them, and writing them to {@code models/stances/}. Scoring is the caller's (the project's
 * scorer lives at the edge).
 */
public final class StanceTrainer {
  private final StanfordCoreNLP pipeline;

  /** One gold stance: holder, target and polarity. */
  public record Gold(String holder, String target, Polarity polarity) {}

  /**
   * What an experiment sees of one candidate pair, to add features of its own (an encoder's
   * reading of the sentence, say) without entente depending on what computes them.
   *
   * @param text the document's text
   * @param holder the holder's id
   * @param target the target's id
   * @param evidenceBegin offset of the pair's evidence sentence
   * @param evidenceEnd offset one past it
   * @param targetBegin offset of the target's mention in that sentence
   * @param targetEnd offset one past it
   */
  public record PairView(String text, String holder, String target, int evidenceBegin,
      int evidenceEnd, int targetBegin, int targetEnd) {}

  /** One annotated document: its candidate pairs, gold, rule stances and actors. Opaque. */
  public static final class Doc {
    private final String id;
    private final List<Candidate> candidates;
    private final List<Candidate> raw;
    private final List<Integer> labels;
    private final List<StanceFact> rules;
    private final List<Actor> actors;
    private final String text;

    private Doc(String id, String text, List<Candidate> raw, List<Gold> gold,
        List<StanceFact> rules, List<Actor> actors) {
      this.id = id;
      this.text = text;
      this.candidates = Pairs.gather(raw);
      this.raw = raw;
      List<StanceTraining.GoldPair> pairs = gold.stream().map(g -> new StanceTraining.GoldPair(
          g.holder(), g.target(), Leaning.valueOf(g.polarity().name()), "")).toList();
      this.labels = candidates.stream().map(c -> StanceTraining.label(c, pairs)).toList();
      this.rules = rules;
      this.actors = actors;
    }

    private Doc(String id, String text, List<Candidate> candidates, List<Integer> labels,
        List<Actor> actors) {
      this.id = id;
      this.text = text;
      this.candidates = candidates;
      this.raw = List.of();
      this.labels = labels;
      this.rules = List.of();
      this.actors = actors;
    }

    private Doc(Doc d, List<Candidate> candidates) {
      this.id = d.id;
      this.text = d.text;
      this.candidates = candidates;
      this.raw = d.raw;
      this.labels = d.labels;
      this.rules = d.rules;
      this.actors = d.actors;
    }

    /**
     * The same document with more features on each pair.
     *
     * @param extra the features to add to a pair
     * @return the document with them
     */
    public Doc withFeatures(java.util.function.Function<PairView, List<String>> extra) {
      List<Candidate> out = new ArrayList<>();
      for (Candidate c : candidates) {
        java.util.TreeSet<String> f = new java.util.TreeSet<>(c.features());
        f.addAll(extra.apply(new PairView(text, c.holder(), c.target(), c.evidenceBegin(),
            c.evidenceEnd(), c.targetBegin(), c.targetEnd())));
        out.add(c.withFeatures(f));
      }
      return new Doc(this, out);
    }

    /**
     * The same document with more features on each pair computed from its features and route
     * (an experiment: conjunctions).
     *
     * @param extra the features to add, given the pair's route name and features
     * @return the document with them
     */
    public Doc withConjunctions(
        java.util.function.BiFunction<String, List<String>, List<String>> extra) {
      List<Candidate> out = new ArrayList<>();
      for (Candidate c : candidates) {
        java.util.TreeSet<String> f = new java.util.TreeSet<>(c.features());
        f.addAll(extra.apply(c.route().name(), c.features()));
        out.add(c.withFeatures(f));
      }
      return new Doc(this, out);
    }

    /**
     * The document's id.
     *
     * @return the id given to {@link StanceTrainer#prepare}
     */
    public String id() {
      return id;
    }

    /**
     * How many candidate pairs it has.
     *
     * @return the number of pairs
     */
    public int pairs() {
      return candidates.size();
    }

    /**
     * Whether a candidate pair proposes this holder and target (person ids matching by
     * surname, as the scorer does).
     *
     * @param holder a holder id
     * @param target a target id
     * @return the route of the first such candidate, or null
     */
    public String routeOf(String holder, String target) {
      return candidates.stream().filter(c -> StanceTraining.sameId(c.holder(), holder)
          && StanceTraining.sameId(c.target(), target)).map(c -> c.route().name())
          .findFirst().orElse(null);
    }

    /**
     * How many pairs the gold labels support and oppose.
     *
     * @return {@code {support, oppose}}
     */
    public int[] goldCounts() {
      return new int[] {(int) labels.stream().filter(x -> x == 1).count(),
          (int) labels.stream().filter(x -> x == 2).count()};
    }
  }

  /** Trained models and the threshold chosen for them. Opaque. */
  public static final class Models {
    private final StanceSieve.Models models;
    private final double threshold;
    /** Thresholds of routes that have their own (experiment), by route name. */
    private final Map<String, Double> byRoute;

    private Models(StanceSieve.Models models, double threshold) {
      this(models, threshold, Map.of());
    }

    private Models(StanceSieve.Models models, double threshold, Map<String, Double> byRoute) {
      this.models = models;
      this.threshold = threshold;
      this.byRoute = Map.copyOf(byRoute);
    }

    private double threshold(String route) {
      return byRoute.getOrDefault(route, threshold);
    }
  }

  /**
   * The same models with a threshold of their own for some routes (an experiment).
   *
   * @param m the models
   * @param byRoute thresholds by route name ({@code QUOTE_SPEAKER}, ...); others keep m's
   * @return the models
   */
  public static Models withRouteThresholds(Models m, Map<String, Double> byRoute) {
    return new Models(m.models, m.threshold, byRoute);
  }

  /**
   * The routes a candidate pair can come by.
   *
   * @return the route names
   */
  public static List<String> routes() {
    return java.util.Arrays.stream(org.entente.stances.Route.values()).map(Enum::name).toList();
  }

  /**
   * A trainer whose pipeline keeps the candidate pairs (the learned sieve itself off).
   *
   * @param builder the extractor settings to annotate with
   * @param polarityModel the polarity model file the candidate features read
   */
  public StanceTrainer(Extractor.Builder builder, Path polarityModel) {
    this.pipeline = new StanfordCoreNLP(builder
        .property(Extractor.Builder.STANCES + "." + StanceAnnotator.LEARNED, "false")
        .property(Extractor.Builder.STANCES + "." + StanceAnnotator.CANDIDATES, "true")
        .property(Extractor.Builder.STANCES + "." + StanceAnnotator.POLARITY_MODEL,
            polarityModel.toString())
        .pipelineProperties());
  }

  /**
   * A trainer whose pipeline keeps the candidate pairs, their features reading a polarity
   * model given in memory: the stages before the stances as the builder sets them, then a
   * stance stage built here with that model.
   */
  private StanceTrainer(Extractor.Builder builder, PolarityModel polarity) {
    java.util.Properties props = builder
        .property(Extractor.Builder.STANCES + "." + StanceAnnotator.LEARNED, "false")
        .property(Extractor.Builder.STANCES + "." + StanceAnnotator.CANDIDATES, "true")
        .pipelineProperties();
    String stances = "," + Extractor.Builder.STANCES;
    String annotators = props.getProperty("annotators");
    if (!annotators.endsWith(stances)) {
      throw new IllegalStateException("the stance stage is not the pipeline's last: "
          + annotators);
    }
    java.util.Properties head = new java.util.Properties();
    head.putAll(props);
    head.setProperty("annotators", annotators.substring(0, annotators.length()
        - stances.length()));
    this.pipeline = new StanfordCoreNLP(head);
    pipeline.addAnnotator(new StanceAnnotator(Extractor.Builder.STANCES, props, polarity));
  }

  /**
   * A trainer whose candidate features read a polarity model trained on some NewsMTSC records
   * (held in memory, rounded as its file would be): for annotating other NewsMTSC records with
   * a model that never saw them.
   *
   * @param builder the extractor settings to annotate with
   * @param newsMtsc the polarity model's training records (NewsMTSC's format, a JSON object a
   *     line)
   * @return the trainer
   * @throws IOException when a record is not JSON
   */
  public static StanceTrainer withPolarityTrainedOn(Extractor.Builder builder,
      List<String> newsMtsc) throws IOException {
    PolarityTraining pt = new PolarityTraining(PolarityLexicons.bundled());
    PolarityModel m = pt.train(pt.read(newsMtsc));
    return new StanceTrainer(builder, new PolarityModel(m.model().rounded(),
        PolarityLexicons.bundled()));
  }

  /**
   * Annotates one document.
   *
   * @param id its id
   * @param text its text
   * @param gold its gold stances
   * @return the prepared document
   */
  public Doc prepare(String id, String text, List<Gold> gold) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    List<Candidate> cs = a.get(EntenteAnnotations.StanceCandidatesAnnotation.class);
    List<StanceFact> rules = a.get(EntenteAnnotations.StancesAnnotation.class);
    DocumentIndex index = a.get(EntenteAnnotations.ReferenceAnnotation.class);
    List<Actor> actors = new ArrayList<>();
    if (index != null) {
      for (Map.Entry<String, Entity> e : index.actors().entrySet()) {
        Entity x = e.getValue();
        actors.add(new Actor(x.id(), x.name(), ActorKind.valueOf(x.kind().name()), x.country(),
            x.title(), x.anonymous(), List.of()));
      }
    }
    return new Doc(id, text, cs == null ? List.of() : List.copyOf(cs), gold,
        rules == null ? List.of() : List.copyOf(rules), actors);
  }

  /**
   * A target marked in a text from outside the corpus, with a weak label: the text's sentiment
   * towards it (NewsMTSC) or the kind of event its source directs at it (PLOVER).
   *
   * @param begin offset of the target's mention
   * @param end offset one past it
   * @param targetCode an actor id the target may have (a PLOVER country code), or null
   * @param polarity SUPPORT or OPPOSE; null for neutral (no stance)
   * @param holderCodes actor ids (or countries of person actors) the holder must have; empty
   *     with {@code holderTexts} empty for any holder
   * @param holderTexts texts naming the holder, matched against the holder's name (blank ones,
   *     like blank codes, are dropped: an empty text is inside every name)
   */
  public record Marked(int begin, int end, String targetCode, Polarity polarity,
      Set<String> holderCodes, Set<String> holderTexts) {
    /**
     * Copies the holder sets without their blank entries (an empty holder text is inside every
     * name and would let any holder through); a blank target code is none.
     *
     * @param begin offset of the target's mention
     * @param end offset one past it
     * @param targetCode an actor id the target may have, or null
     * @param polarity SUPPORT or OPPOSE; null for neutral
     * @param holderCodes actor ids (or countries of person actors) the holder must have
     * @param holderTexts texts naming the holder
     * @throws NullPointerException when a holder set is null
     */
    public Marked {
      holderCodes = holderCodes.stream().filter(c -> !c.isBlank())
          .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
      holderTexts = holderTexts.stream().filter(t -> !t.isBlank())
          .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
      targetCode = targetCode == null || targetCode.isBlank() ? null : targetCode;
    }
  }

  /**
   * Annotates a text from outside the corpus whose targets are marked with a weak label, and
   * keeps the candidate pairs whose target is a marked one and whose holder is the sentence's
   * own (the clause's subject, a quote's speaker or a joint holder: a holder carried from
   * another sentence is not the one the label speaks of).
   *
   * @param id its id
   * @param text its text
   * @param marks its marked targets
   * @return the prepared document, holding only the pairs the marks label (0 none, 1 support,
   *     2 oppose); a pair two marks label differently is left out
   */
  public Doc prepareMarked(String id, String text, List<Marked> marks) {
    Doc d = prepare(id, text, List.of());
    Map<String, Actor> byId = new java.util.HashMap<>();
    d.actors.forEach(a -> byId.put(a.id(), a));
    List<Candidate> cs = new ArrayList<>();
    List<Integer> ls = new ArrayList<>();
    for (Candidate c : d.candidates) {
      if (c.route() == org.entente.stances.Route.CARRIED) {
        continue;
      }
      Set<Integer> labels = new HashSet<>();
      for (Marked m : marks) {
        boolean target = c.targetBegin() < m.end() && m.begin() < c.targetEnd()
            || c.target().equals(m.targetCode());
        if (target && holderMatches(byId.get(c.holder()), c.holder(), m)) {
          labels.add(m.polarity() == null ? 0 : m.polarity() == Polarity.SUPPORT ? 1 : 2);
        }
      }
      if (labels.size() == 1) {
        cs.add(c);
        ls.add(labels.iterator().next());
      }
    }
    return new Doc(id, text, cs, ls, d.actors);
  }

  /**
   * PLOVER's gold records of cooperation or conflict that name a source, one document each,
   * their targets marked SUPPORT (cooperation) or OPPOSE (conflict); the holder must be the
   * record's source (its code, a person of that country, or its name).
   *
   * @param plover the gold file (a JSON array)
   * @return the documents with their labelled pairs
   * @throws IOException when reading fails
   */
  public List<Doc> preparePlover(Path plover) throws IOException {
    List<Doc> out = new ArrayList<>();
    for (PolarityTraining.PloverEvent e : PolarityTraining.ploverEvents(plover)) {
      if (e.sources().isEmpty()) {
        continue;
      }
      Polarity direction = e.cooperation() ? Polarity.SUPPORT : Polarity.OPPOSE;
      Set<String> codes = new java.util.TreeSet<>();
      Set<String> names = new java.util.TreeSet<>();
      for (PolarityTraining.PloverActor s : e.sources()) {
        codes.add(s.code());
        names.add(s.text());
      }
      List<Marked> marks = new ArrayList<>();
      for (PolarityTraining.PloverActor t : e.targets()) {
        String mention = t.text();
        int at = mention.isEmpty() ? -1 : e.text().indexOf(mention);
        marks.add(new Marked(at, at < 0 ? -1 : at + mention.length(), t.code(), direction,
            codes, names));
      }
      out.add(prepareMarked(e.id(), e.text(), marks));
    }
    return out;
  }

  private static boolean holderMatches(Actor a, String holder, Marked m) {
    if (m.holderCodes().isEmpty() && m.holderTexts().isEmpty()) {
      return true;
    }
    if (m.holderCodes().contains(holder) || a != null && a.country() != null
        && m.holderCodes().contains(a.country())) {
      return true;
    }
    String name = a == null ? "" : a.name().toLowerCase(Locale.ROOT);
    return !name.isEmpty() && m.holderTexts().stream().map(t -> t.toLowerCase(Locale.ROOT))
        .anyMatch(t -> t.contains(name) || name.contains(t));
  }

  /**
   * CoreNLP's timing of the stance stage and of the whole pipeline so far.
   *
   * @return the two lines
   */
  public String timing() {
    StringBuilder b = new StringBuilder();
    for (String line : pipeline.timingInformation().split("\n")) {
      if (line.contains("StanceAnnotator") || line.startsWith("TOTAL")) {
        b.append("timing: ").append(line.strip()).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Trains the models on documents.
   *
   * @param docs the documents, in a fixed order
   * @param l2 the L2 strength
   * @param threshold the threshold to keep with them
   * @return the models
   */
  public static Models train(List<Doc> docs, double l2, double threshold) {
    return train(docs, LogisticModel.Settings.DEFAULT.withL2(l2), threshold);
  }

  /**
   * How weakly labelled documents from outside the corpus join the training: the documents,
   * their pairs' weights, and their pairs and labels flattened once (every inner fold trains
   * on them). A negative, NaN or infinite weight is refused with an
   * {@link IllegalArgumentException}. Immutable.
   */
  public static final class ExtraData {
    private final List<Doc> docs;
    private final double stanceWeight;
    private final double directionWeight;
    private final boolean none;
    private final List<Candidate> candidates;
    private final List<Integer> labels;

    /**
     * Copies the documents, checks the weights and flattens the documents' pairs.
     *
     * @param docs the documents (as {@link #prepareMarked})
     * @param stanceWeight the weight of one of their pairs in the stance-or-not model (0: none)
     * @param directionWeight the weight of one of their stances in the direction model
     * @param none whether their pairs labelled neutral train the stance model as no stance
     *     (else they are left out)
     * @throws IllegalArgumentException when a weight is negative, NaN or infinite
     */
    public ExtraData(List<Doc> docs, double stanceWeight, double directionWeight,
        boolean none) {
      this.docs = List.copyOf(docs);
      this.stanceWeight = LogisticModel.checkWeight(stanceWeight,
          "the extra data's stance weight");
      this.directionWeight = LogisticModel.checkWeight(directionWeight,
          "the extra data's direction weight");
      this.none = none;
      List<Candidate> xs = new ArrayList<>();
      List<Integer> xl = new ArrayList<>();
      for (Doc d : this.docs) {
        xs.addAll(d.candidates);
        d.labels.forEach(l -> xl.add(l == 0 && !none ? -1 : l));
      }
      this.candidates = List.copyOf(xs);
      this.labels = List.copyOf(xl);
    }

    /**
     * The documents.
     *
     * @return the documents, unmodifiable
     */
    public List<Doc> docs() {
      return docs;
    }

    /**
     * The weight of one of their pairs in the stance-or-not model.
     *
     * @return the weight (0: none)
     */
    public double stanceWeight() {
      return stanceWeight;
    }

    /**
     * The weight of one of their stances in the direction model.
     *
     * @return the weight (0: none)
     */
    public double directionWeight() {
      return directionWeight;
    }

    /**
     * Whether their pairs labelled neutral train the stance model as no stance.
     *
     * @return true if they do (else they are left out)
     */
    public boolean none() {
      return none;
    }
  }

  /**
   * How the training pairs count: our own annotated articles' pairs (in both models), whether
   * they carry a bias feature of their own in the stance-or-not model, the corpus's stance
   * pairs in the stance-or-not model (a no-stance pair weighs 1), and, for experiments, the
   * probability a feature is left out of a stance-or-not example in a training pass.
   *
   * @param own the weight of an own article's pair (0: they are left out)
   * @param ownBias whether own pairs carry their own bias feature
   * @param positive the weight of a corpus stance pair in the stance-or-not model
   * @param dropout the feature dropout, in [0, 1)
   */
  public record Weights(double own, boolean ownBias, double positive, double dropout) {
    /** Own pairs weighing 1 without a bias of their own, no dropout (as before the weights). */
    public static final Weights DEFAULT = new Weights(1, false, 1, 0);

    /**
     * Checks the weights.
     *
     * @param own the weight of an own article's pair (0: they are left out)
     * @param ownBias whether own pairs carry their own bias feature
     * @param positive the weight of a corpus stance pair in the stance-or-not model
     * @param dropout the feature dropout, in [0, 1)
     * @throws IllegalArgumentException when a weight is negative, NaN or infinite, or the
     *     dropout is outside [0, 1)
     */
    public Weights {
      LogisticModel.checkWeight(own, "an own article's pair weight");
      LogisticModel.checkWeight(positive, "a stance pair's weight");
      if (!(dropout >= 0 && dropout < 1)) {
        throw new IllegalArgumentException("dropout must be in [0, 1): " + dropout);
      }
    }

    /**
     * These weights with another own-pair weight.
     *
     * @param w the weight of an own article's pair
     * @return the new weights
     */
    public Weights withOwn(double w) {
      return new Weights(w, ownBias, positive, dropout);
    }
  }

  /**
   * Trains the models on corpus documents, our own annotated ones and weakly labelled extra
   * data, each counting as the weights say.
   *
   * @param docs the corpus documents, in a fixed order
   * @param own our own annotated documents, in a fixed order (may be empty)
   * @param extra the extra data and its weights
   * @param w how the pairs count
   * @param l2 the L2 strength
   * @param threshold the threshold to keep with them
   * @return the models
   */
  public static Models train(List<Doc> docs, List<Doc> own, ExtraData extra, Weights w,
      double l2, double threshold) {
    // A word feature is trained on where enough of the documents trained on have it, so that
    // one article's topic words do not enter; the weak pairs keep the same words.
    List<List<Candidate>> trained = new ArrayList<>();
    docs.forEach(d -> trained.add(d.candidates));
    if (w.own() > 0) {
      own.forEach(d -> trained.add(d.candidates));
    }
    Set<String> words = StanceTraining.commonWords(trained, StanceTraining.LEXICAL_MIN_DOCS);
    StanceTraining.Part corpus = flat(docs, words, (cs, ls) -> new StanceTraining.Part(cs, ls,
        1, w.positive(), 1, null));
    StanceTraining.Part ours = flat(own, words, (cs, ls) -> StanceTraining.own(cs, ls, w.own(),
        w.positive(), w.ownBias()));
    List<Candidate> weak = extra.candidates.stream()
        .map(c -> StanceTraining.withWords(c, words::contains)).toList();
    return new Models(StanceTraining.train(List.of(corpus, ours, StanceTraining.weak(
        weak, extra.labels, extra.stanceWeight(), extra.directionWeight())),
        LogisticModel.Settings.DEFAULT.withL2(l2).withDropout(w.dropout())), threshold);
  }

  /**
   * The documents' pairs, with only the given word features, and labels, flattened in order,
   * made into a training part.
   */
  private static StanceTraining.Part flat(List<Doc> docs, Set<String> words,
      java.util.function.BiFunction<List<Candidate>, List<Integer>, StanceTraining.Part> part) {
    List<Candidate> cs = new ArrayList<>();
    List<Integer> ls = new ArrayList<>();
    for (Doc d : docs) {
      d.candidates.forEach(c -> cs.add(StanceTraining.withWords(c, words::contains)));
      ls.addAll(d.labels);
    }
    return part.apply(cs, ls);
  }

  /**
   * The documents' pairs and labels as one plain part, without the word features fewer than
   * {@link StanceTraining#LEXICAL_MIN_DOCS} of them have (one article's topic words).
   */
  private static StanceTraining.Part plain(List<Doc> docs) {
    return flat(docs, StanceTraining.commonWords(docs.stream().map(d -> d.candidates).toList(),
        StanceTraining.LEXICAL_MIN_DOCS), StanceTraining.Part::plain);
  }

  /**
   * Trains the models on documents with given settings.
   *
   * @param docs the documents, in a fixed order
   * @param settings the training settings
   * @param threshold the threshold to keep with them
   * @return the models
   */
  private static Models train(List<Doc> docs, LogisticModel.Settings settings,
      double threshold) {
    return new Models(StanceTraining.train(List.of(plain(docs)), settings), threshold);
  }

  /** A first-stage stance model whose scores rank the holders of a target (stacking). Opaque. */
  public static final class FirstStage {
    private final LogisticModel model;

    private FirstStage(LogisticModel model) {
      this.model = model;
    }
  }

  /**
   * Trains the first-stage stance model on documents (their pairs without rank features).
   *
   * @param docs the documents, in a fixed order
   * @param l2 the L2 strength
   * @return the model
   */
  public static FirstStage firstStage(List<Doc> docs, double l2) {
    StanceTraining.Part p = plain(docs);
    List<Candidate> cs = p.candidates().stream()
        .map(c -> c.withFeatures(Rivals.withoutRanks(c.features()))).toList();
    return new FirstStage(StanceTraining.train(cs, p.labels(), LogisticModel.Settings.DEFAULT
        .withL2(l2)).stance());
  }

  /**
   * The document with rank features from a first-stage model.
   *
   * @param d the document
   * @param f the first stage (trained without {@code d})
   * @return the document, each pair with its rank features
   */
  public static Doc ranked(Doc d, FirstStage f) {
    return new Doc(d, Rivals.ranked(d.candidates, d.raw, f.model));
  }

  /**
   * The same models with the first stage whose ranks their pairs were trained on (written
   * with them, read by the extractor).
   *
   * @param m the models
   * @param f the first stage, trained on the same documents
   * @return the models with it
   */
  public static Models withFirstStage(Models m, FirstStage f) {
    return new Models(m.models.withFirst(f.model), m.threshold);
  }

  /**
   * The fold of the i-th item of a list in a fixed order: i mod K.
   *
   * @param i the item's position
   * @param folds the number of folds K
   * @return its fold
   */
  public static int foldOf(int i, int folds) {
    return i % folds;
  }

  /**
   * The items of one cross-validation fold, or all the others: item i (of a list in a fixed
   * order) is in fold i mod K.
   *
   * @param items documents (or what was made of them), in order
   * @param folds the number of folds K
   * @param f the fold
   * @param in true for the fold's items, false for the rest
   * @param <T> the items' type
   * @return the items, in order
   */
  public static <T> List<T> fold(List<T> items, int folds, int f, boolean in) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if ((foldOf(i, folds) == f) == in) {
        out.add(items.get(i));
      }
    }
    return out;
  }

  /**
   * Documents with rank features, each scored by a first stage trained on the other folds
   * (document i in fold i mod K), so that no document is ranked by a model that saw it.
   *
   * @param docs the documents, in a fixed order
   * @param folds the number of folds
   * @param l2 the first stage's L2 strength
   * @return the documents, in the same order
   */
  public static List<Doc> rankedOutOfFold(List<Doc> docs, int folds, double l2) {
    Doc[] out = new Doc[docs.size()];
    for (int f = 0; f < folds; f++) {
      FirstStage m = firstStage(fold(docs, folds, f, false), l2);
      for (int i = f; i < docs.size(); i += folds) {
        out[i] = ranked(docs.get(i), m);
      }
    }
    return List.of(out);
  }

  /**
   * The same models with another threshold.
   *
   * @param m the models
   * @param threshold the new threshold
   * @return models keeping stances at or above it
   */
  public static Models withThreshold(Models m, double threshold) {
    return new Models(m.models, threshold);
  }

  /**
   * The document's extraction with the rules' stances and, if asked, the learned ones.
   *
   * @param d the document
   * @param m the models
   * @param learned whether to add the learned sieve's stances
   * @return an extraction holding actors and stances
   */
  public static Extraction extraction(Doc d, Models m, boolean learned) {
    List<StanceFact> facts = new ArrayList<>(d.rules);
    if (learned) {
      Set<String> have = new HashSet<>();
      facts.forEach(f -> have.add(f.holder() + "\t" + f.target() + "\t" + f.polarity()));
      double least = m.threshold;
      for (double t : m.byRoute.values()) {
        least = Math.min(least, t);
      }
      for (StanceFact f : StanceSieve.decide(d.candidates, m.models, least)) {
        if (f.confidence() >= m.threshold(f.route().name())
            && have.add(f.holder() + "\t" + f.target() + "\t" + f.polarity())) {
          facts.add(f);
        }
      }
    }
    List<Stance> stances = facts.stream().map(f -> new Stance(f.holder(), f.target(),
        Polarity.valueOf(f.polarity().name()), Span.of(d.text, f.triggerBegin(), f.triggerEnd()),
        Span.of(d.text, f.evidenceBegin(), f.evidenceEnd()), f.confidence(),
        StanceRoute.valueOf(f.route().name()))).toList();
    return new Extraction(d.id, "en", d.actors, List.of(), List.of(), stances);
  }

  /**
   * Writes the models ({@code stance-model.tsv} with the threshold and L2 strength,
   * {@code direction-model.tsv}).
   *
   * @param m the models
   * @param l2 the L2 strength they were trained with
   * @param dir the folder
   * @return the number of features of each model
   * @throws IOException when writing fails
   */
  public static int[] write(Models m, double l2, Path dir) throws IOException {
    Files.createDirectories(dir);
    LogisticModel stance = m.models.stance()
        .withMeta("threshold", String.format(Locale.ROOT, "%.2f", m.threshold))
        .withMeta("l2", String.valueOf(l2));
    try (Writer w = Files.newBufferedWriter(dir.resolve("stance-model.tsv"), UTF_8)) {
      stance.write(w, List.of("stance-model.tsv: whether a candidate pair is a stance "
          + "(org.entente.stances.learn.StanceSieve).", "Written by `train-stances`; see "
          + "MODEL_CARD.md. Rows: feature, then weights for NONE, STANCE."));
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("direction-model.tsv"), UTF_8)) {
      m.models.direction().write(w, List.of("direction-model.tsv: which way a stance goes "
          + "(org.entente.stances.learn.StanceSieve).", "Written by `train-stances`; see "
          + "MODEL_CARD.md. Rows: feature, then weights for SUPPORT, OPPOSE."));
    }
    Path rank = dir.resolve(StanceSieve.RANK_FILE);
    if (m.models.first() == null) {
      // A first stage left from an earlier training would add features these models never saw.
      Files.deleteIfExists(rank);
    } else {
      try (Writer w = Files.newBufferedWriter(rank, UTF_8)) {
        m.models.first().write(w, List.of(StanceSieve.RANK_FILE + ": the first-stage stance "
            + "model whose scores rank a target's holders in a sentence "
            + "(org.entente.stances.learn.Rivals).", "Written by `train-stances --stacked`; see "
            + "MODEL_CARD.md. Rows: feature, then weights for NONE, STANCE."));
      }
    }
    return new int[] {stance.size(), m.models.direction().size()};
  }

  /**
   * Trains the polarity model on NewsMTSC's train split, measures it on the devtest splits and
   * PLOVER, and writes it.
   *
   * @param resources the folder holding {@code newsmtsc/} and {@code plover/}
   * @param file where to write the model
   * @return a line with the figures
   * @throws IOException when reading or writing fails
   */
  public static String trainPolarity(Path resources, Path file) throws IOException {
    long t0 = System.nanoTime();
    PolarityTraining pt = new PolarityTraining(PolarityLexicons.bundled());
    Path nm = resources.resolve("newsmtsc");
    List<PolarityTraining.Example> train = pt.read(nm.resolve("train.jsonl"));
    PolarityModel m = pt.train(train);
    double rw = PolarityTraining.macroF1(m, pt.read(nm.resolve("devtest_rw.jsonl")));
    double mt = PolarityTraining.macroF1(m, pt.read(nm.resolve("devtest_mt.jsonl")));
    int[] pl = pt.ploverDirection(m, resources.resolve("plover/PLOVER_GSR_CAMEO.txt"));
    try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
      m.model().write(w, List.of("polarity-model.tsv: how a sentence speaks of a target "
          + "(org.entente.stances.learn.PolarityModel).", "Trained by `train-stances` on "
          + "NewsMTSC train.jsonl (MIT); see MODEL_CARD.md. Rows: feature, weights for NEG, NEU, "
          + "POS."));
    }
    return String.format(Locale.ROOT, "polarity model: %d NewsMTSC train targets; macro-F1 "
        + "devtest_rw %.3f, devtest_mt %.3f; PLOVER direction %d of %d right (%.3f); %.0f s",
        train.size(), rw, mt, pl[0], pl[1], pl[1] == 0 ? 0.0 : (double) pl[0] / pl[1],
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Sorts a scored document's misses and false stances into categories, for error analysis:
   * a gold stance is missed because no candidate pair names its holder and target
   * ({@code fn:no-candidate:*}, split by whether the target was proposed with another holder
   * and whether both actors were found at all), because its pair was proposed but rejected
   * ({@code fn:rejected:*}, by route and probability), or because the stance came out the
   * other way ({@code fn:wrong-polarity}); a stance not in the gold is of the wrong polarity,
   * of another holder of a gold target, or of a pair the gold has nothing on
   * ({@code fp:*}, by the sieve that kept it and its route).
   *
   * @param d the document
   * @param m the models it was decided with
   * @param x its extraction (as {@link #extraction})
   * @param gold its gold stances
   * @return counts by category
   */
  public static Map<String, Integer> diagnose(Doc d, Models m, Extraction x, List<Gold> gold) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    Set<String> actorIds = new HashSet<>();
    d.actors.forEach(a -> actorIds.add(a.id()));
    for (Gold g : new java.util.LinkedHashSet<>(gold)) {
      boolean exact = x.stances().stream().anyMatch(s -> sameId(s.holder(), g.holder())
          && sameId(s.target(), g.target()) && s.polarity() == g.polarity());
      if (exact) {
        out.merge("tp", 1, Integer::sum);
        continue;
      }
      boolean flipped = x.stances().stream().anyMatch(s -> sameId(s.holder(), g.holder())
          && sameId(s.target(), g.target()));
      String cat;
      if (flipped) {
        cat = "fn:wrong-polarity";
      } else {
        Candidate c = d.candidates.stream().filter(k -> sameId(k.holder(), g.holder())
            && sameId(k.target(), g.target())).findFirst().orElse(null);
        if (c != null) {
          double[] p = m.models.probabilities(c.features());
          double best = Math.max(p[1], p[2]);
          cat = "fn:rejected:" + c.route() + (best >= m.threshold * 0.75 ? ":near" : ":far");
        } else {
          boolean holderFound = actorIds.stream().anyMatch(a -> sameId(a, g.holder()));
          boolean targetFound = actorIds.stream().anyMatch(a -> sameId(a, g.target()));
          boolean otherHolder = d.candidates.stream().anyMatch(k -> sameId(k.target(),
              g.target()));
          boolean otherOut = x.stances().stream().anyMatch(s -> sameId(s.target(),
              g.target()) && s.polarity() == g.polarity());
          cat = !holderFound || !targetFound ? "fn:no-candidate:actor-not-found"
              + (holderFound ? ":target" : targetFound ? ":holder" : ":both")
              : otherOut ? "fn:no-candidate:other-holder-output"
              : otherHolder ? "fn:no-candidate:target-with-other-holder"
              : "fn:no-candidate:target-never-proposed";
        }
      }
      out.merge(cat, 1, Integer::sum);
    }
    for (Stance s : x.stances()) {
      boolean exact = gold.stream().anyMatch(g -> sameId(s.holder(), g.holder())
          && sameId(s.target(), g.target()) && s.polarity() == g.polarity());
      if (exact) {
        continue;
      }
      boolean pair = gold.stream().anyMatch(g -> sameId(s.holder(), g.holder())
          && sameId(s.target(), g.target()));
      boolean target = gold.stream().anyMatch(g -> sameId(s.target(), g.target()));
      boolean holder = gold.stream().anyMatch(g -> sameId(s.holder(), g.holder()));
      String source = s.confidence() < 1 && d.rules.stream().noneMatch(r -> r.holder()
          .equals(s.holder()) && r.target().equals(s.target())
          && r.polarity().name().equals(s.polarity().name())) ? "learned" : "rules";
      String cat = pair ? "fp:wrong-polarity" : target ? "fp:other-holder-of-gold-target"
          : holder ? "fp:gold-holder-other-target" : "fp:pair-not-in-gold";
      out.merge(cat + ":" + source, 1, Integer::sum);
      out.merge("fp-route:" + s.route() + ":" + source, 1, Integer::sum);
    }
    return out;
  }

  /**
   * Whether two ids name the same actor, as the scorer counts them (person ids by surname).
   *
   * @param a an id
   * @param b another id
   * @return true if they match
   */
  public static boolean sameId(String a, String b) {
    return StanceTraining.sameId(a, b);
  }
}
