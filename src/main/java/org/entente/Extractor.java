package org.entente;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entente.annotators.ActorAnnotator;
import org.entente.annotators.AllianceAnnotator;
import org.entente.annotators.EntenteAnnotations;
import org.entente.annotators.HygieneAnnotator;
import org.entente.annotators.ParseAnnotator;
import org.entente.annotators.QuoteAnnotator;
import org.entente.annotators.ReferenceAnnotator;
import org.entente.annotators.StanceAnnotator;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.QuoteRules;
import org.entente.quotes.QuoteFact;
import org.entente.quotes.Rejection;
import org.entente.reference.DocumentIndex;
import org.entente.reference.Entity;
import org.entente.reference.Mention;
import org.entente.stances.StanceFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads news text and returns its actors, alliances, quotes and stances.
 *
 * <p>Build one per process ({@link #create()} or {@link #builder()}): it loads the CoreNLP models
 * (seconds) and the gazetteers once. It is thread-safe: any number of threads may call {@link
 * #extract} at once.
 *
 * <pre>{@code
 * try (Extractor extractor = Extractor.create()) {
 *   Extraction x = extractor.extract("Putin met Xi in Moscow.");
 *   x.actors().forEach(a -> System.out.println(a.id()));
 * }
 * }</pre>
 */
public final class Extractor implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Extractor.class);
  private static final int LANGUAGE_SAMPLE = 100_000;

  // Documents in flight per worker: results come back in input order, so a long document at the
  // head would idle the other workers once the window is full. Queued tasks hold no text yet
  // (loaders run in the task), so a wide window costs little memory.
  static final int WINDOW_PER_THREAD = 8;

  private final StanfordCoreNLP pipeline;
  private final Assembler assembler = new Assembler();
  private final int threads;
  private final int maxChars;
  private final int chunkChars;
  private final Duration timeBudget;
  private final boolean detectHtml;
  private final Watchdog watchdog = new Watchdog();
  private final Object poolLock = new Object();
  private ExecutorService pool; // created on the first batch, guarded by poolLock
  private volatile boolean closed;

  private Extractor(Builder b) {
    long t0 = System.nanoTime();
    this.threads = b.threads;
    this.maxChars = b.maxChars;
    this.chunkChars = b.chunkChars;
    this.timeBudget = b.timeBudget;
    this.detectHtml = b.detectHtml;
    // NER's models, the parser and the language model load on threads of their own, beside
    // the tagger and entente's files: a cold start waits for the slowest, not for their sum.
    this.pipeline = ParallelLoad.pipeline(b.properties(), List.of("ner", Builder.PARSE),
        List.of(LanguageGuesser::preload));
    log.info("entente pipeline ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * An extractor with the default pipeline and the bundled gazetteers.
   *
   * @return a new extractor, its models loaded; close it when done
   */
  public static Extractor create() {
    return builder().build();
  }

  /**
   * A builder for options: extra gazetteer files, pipeline profile, CoreNLP properties.
   *
   * @return a new builder with the default options
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts from {@code text}, with id {@code null} and no publication date.
   *
   * @param text the article's text, plain or HTML
   * @return what was found in it
   * @throws NullPointerException if {@code text} is null
   * @throws ExtractionException if the text is too large or over its time budget, as in {@link
   *     #extract(String, String, LocalDate)}
   */
  public Extraction extract(String text) {
    return extract(null, text, null);
  }

  /**
   * Extracts from {@code text} under the given id.
   *
   * @param id the document's id, or null
   * @param text the article's text, plain or HTML
   * @return what was found in it, under {@code id}
   * @throws NullPointerException if {@code text} is null
   * @throws ExtractionException if the text is too large or over its time budget, as in {@link
   *     #extract(String, String, LocalDate)}
   */
  public Extraction extract(String id, String text) {
    return extract(id, text, null);
  }

  /**
   * Extracts from {@code text}, published on {@code date}: bare titles ("the US President") then
   * resolve to whoever held the office that day. Blank text gives an empty extraction with
   * language {@code und}; text not in English gives its language and empty lists.
   *
   * <p>Hostile input is bounded (see {@link Builder}): text longer than {@link
   * Builder#maxChars} is refused; long text is read in chunks of about 100,000 characters cut at
   * paragraph breaks, whose results are merged with offsets into the whole text; sentences are
   * cut at 250 tokens; the work stops at the document's {@link Builder#timeBudget time budget}.
   * HTML documents ({@link Html#looksLikeHtml}) are read as {@link Html#toText}, and offsets then
   * refer to that text.
   *
   * @param id the document's id, or null
   * @param text the article's text
   * @param date its publication date, or null when unknown
   * @return what was found in it, under {@code id}; empty lists when it is blank or not English
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalStateException if the extractor is closed
   * @throws ExtractionException of type {@code too-large} when {@code text} is longer than
   *     {@link Builder#maxChars}, {@code timeout} when it is over its time budget, {@code
   *     interrupted} when the calling thread is interrupted; the extractor stays usable
   */
  public Extraction extract(String id, String text, LocalDate date) {
    admit(text);
    return watchdog.run(budget(text), () -> extractText(id, text, date));
  }

  /** Refuses null or too long text, and any text once the extractor is closed. */
  private void admit(String text) {
    requireNonNull(text, "text");
    if (closed) {
      throw new IllegalStateException("extractor is closed");
    }
    if (text.length() > maxChars) {
      throw new ExtractionException("too-large", "document of " + text.length()
          + " characters is over the limit of " + maxChars + " (Extractor.Builder.maxChars)");
    }
  }

  /** The budget grows with the length: a stall is judged per chunk's worth of text. */
  private Duration budget(String text) {
    return timeBudget.multipliedBy(Math.max(1, (text.length() - 1) / chunkChars + 1));
  }

  private Extraction extractText(String id, String input, LocalDate date) {
    String text = detectHtml && Html.looksLikeHtml(input) ? Html.toText(input) : input;
    // A prefix tells the language as well as the whole, in bounded time.
    String language = LanguageGuesser.detect(
        text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text);
    if (!language.equals("en")) {
      if (!language.equals(LanguageGuesser.UNDETERMINED)) {
        log.debug("document {} is in language {}, not English: nothing extracted", id, language);
      }
      return Extraction.empty(id, language);
    }
    List<Integer> starts = Chunks.starts(text, chunkChars);
    if (starts.size() == 1) {
      return annotate(id, language, text, date);
    }
    log.debug("document {}: {} characters in {} chunks", id, text.length(), starts.size());
    Merger merger = new Merger();
    for (int i = 0; i < starts.size(); i++) {
      int begin = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      // One chunk's annotation at a time: memory stays bounded by the chunk, not the document.
      merger.add(annotate(id, language, text.substring(begin, end), date), begin);
    }
    return merger.result(id, language);
  }

  private Extraction annotate(String id, String language, String text, LocalDate date) {
    Annotation doc = new Annotation(LongWords.mask(text));
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    pipeline.annotate(doc);
    return assembler.assemble(id, language, doc, date);
  }

  /**
   * The quoted words in {@code text} that were not taken as quotes, each with its reason: what to
   * read when a quotation seems to be missing. It analyses the text again (as {@link
   * #extract(String)} does, in one piece, not in chunks), so it is for inspection, not for every
   * document. The debug log of {@code org.entente.quotes} says the same while extracting.
   *
   * @param text the article's text, plain or HTML
   * @return the rejected quotations in text order; empty when the pipeline finds no quotes (a
   *     profile without them) or the text is blank
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalStateException if the extractor is closed
   * @throws ExtractionException as {@link #extract(String, String, LocalDate)} does
   */
  public List<RejectedQuote> rejectedQuotes(String text) {
    admit(text);
    String plain = detectHtml && Html.looksLikeHtml(text) ? Html.toText(text) : text;
    if (plain.isBlank()) {
      return List.of();
    }
    return watchdog.run(budget(plain), () -> {
      Annotation doc = new Annotation(LongWords.mask(plain));
      pipeline.annotate(doc);
      List<Rejection> rejected = doc.get(EntenteAnnotations.RejectedQuotesAnnotation.class);
      return rejected == null ? List.<RejectedQuote>of() : rejected.stream()
          .map(r -> new RejectedQuote(Span.of(plain, r.begin(), r.end()), r.reason().name(),
              r.reason().explanation()))
          .collect(ImmutableList.toImmutableList());
    });
  }

  /**
   * Extracts from one document and never throws for its content: whatever goes wrong with it
   * becomes a {@link Failure}.
   *
   * @param doc the document
   * @return its {@link Extraction}, or a {@link Failure} under its id
   * @throws NullPointerException if {@code doc} is null
   */
  public Result tryExtract(Document doc) {
    requireNonNull(doc, "doc");
    try {
      return extract(doc.id(), doc.text(), doc.date());
    } catch (RuntimeException | Error e) {
      rethrowIfJvmWide(e);
      log.warn("document {} failed: {}", doc.id(), e.toString());
      return Failure.of(doc.id(), e);
    }
  }

  /**
   * Rethrows an error that concerns the whole JVM rather than one document: out of memory, an
   * internal error. A stack overflow or a linkage error in one document's path is that document's
   * failure, and the batch goes on; a JVM whose heap is gone should stop (the CLI and the service
   * are run with {@code -XX:+ExitOnOutOfMemoryError}), not limp on.
   */
  private static void rethrowIfJvmWide(Throwable e) {
    if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
      throw (VirtualMachineError) e;
    }
  }

  /**
   * Extracts from many documents on all the extractor's threads ({@link Builder#threads}). The
   * stream is lazy and yields exactly one {@link Result} per document, in input order; only a
   * bounded window of documents is in memory at once, so any number can stream through. Close
   * the returned stream (try-with-resources) to stop early.
   *
   * @param docs the documents, read lazily as results are taken
   * @return one result per document, in input order
   * @throws IllegalStateException if the extractor is closed
   */
  public Stream<Result> extractAll(Stream<Document> docs) {
    return extractAll(docs, DOCUMENTS);
  }

  /**
   * {@link #extractAll(Stream)} over an iterable, such as a list.
   *
   * @param docs the documents
   * @return one result per document, in input order
   * @throws IllegalStateException if the extractor is closed
   */
  public Stream<Result> extractAll(Iterable<Document> docs) {
    return extractAll(StreamSupport.stream(docs.spliterator(), false));
  }

  /**
   * {@link #extractAll(Stream)} over inputs that are loaded into documents on the worker threads,
   * such as files: an input that fails to load becomes a {@link Failure} under its id.
   *
   * @param <T> the input type
   * @param inputs the inputs, read lazily as results are taken
   * @param loader turns each input into a document, and names it if that fails
   * @return one result per input, in input order
   * @throws NullPointerException if {@code inputs} or {@code loader} is null
   * @throws IllegalStateException if the extractor is closed
   */
  public <T> Stream<Result> extractAll(Stream<T> inputs, Loader<? super T> loader) {
    requireNonNull(inputs, "inputs");
    requireNonNull(loader, "loader");
    return Batch.stream(inputs, item -> load(item, loader), pool(), threads * WINDOW_PER_THREAD);
  }

  private <T> Result load(T item, Loader<? super T> loader) {
    Document doc;
    try {
      doc = loader.load(item);
    } catch (Exception | Error e) {
      rethrowIfJvmWide(e);
      String id = loader.id(item);
      log.warn("document {} could not be loaded: {}", id, e.toString());
      return Failure.of(id, e);
    }
    return tryExtract(doc);
  }

  private ExecutorService pool() {
    synchronized (poolLock) {
      if (closed) {
        throw new IllegalStateException("extractor is closed");
      }
      if (pool == null) {
        pool = Executors.newFixedThreadPool(threads,
            DaemonThreads.factory("entente-worker", true));
      }
      return pool;
    }
  }

  /** Releases the extractor and its batch threads; later calls fail. Models stay cached. */
  @Override
  public void close() {
    synchronized (poolLock) {
      closed = true;
      if (pool != null) {
        pool.shutdownNow();
      }
      watchdog.close();
    }
  }

  /**
   * Turns batch inputs of some type (files, database rows, lines of JSON) into documents.
   *
   * @param <T> the input type
   */
  public interface Loader<T> {
    /**
     * The id a failure to load {@code input} is reported under.
     *
     * @param input an input that could not be loaded
     * @return its id, such as the file name; may be null
     */
    String id(T input);

    /**
     * Loads {@code input}; any exception becomes that input's {@link Failure}.
     *
     * @param input the input to load
     * @return its document; not null
     * @throws Exception if it cannot be loaded, such as an {@link java.io.IOException}
     */
    Document load(T input) throws Exception;
  }

  private static final Loader<Document> DOCUMENTS = new Loader<>() {
    @Override
    public String id(Document input) {
      return input.id();
    }

    @Override
    public Document load(Document input) {
      return input;
    }
  };

  /** The annotation pipeline a profile runs. */
  public enum Profile {
    /** Everything: actors, alliances, quotes and stances (needs the dependency parser). */
    FULL,
    /** Actors and alliances only: no dependency parse, several times faster. */
    ENTITIES
  }

  /** Options for an {@link Extractor}. Not thread-safe; build once. */
  public static final class Builder {
    /** The default of {@link #maxChars}: 5 million characters, some 10 MB of UTF-8. */
    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    /** The default of {@link #timeBudget}, per 100,000 characters begun. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(2);
    /** Long text is read in chunks of at most this many characters. */
    static final int CHUNK_CHARS = 100_000;
    /** The pipeline names of entente's annotators, under which each reads its settings. */
    static final String HYGIENE = "entente.hygiene";
    static final String ACTORS = "entente.actors";
    static final String ALLIANCES = "entente.alliances";
    static final String PARSE = "entente.parse";
    private static final String NER_MODELS =
        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String REFERENCE = "entente.reference";
    static final String QUOTES = "entente.quotes";
    /** The stance annotator's pipeline name: its settings are {@code entente.stances.*}. */
    public static final String STANCES = "entente.stances";
    private final List<Path> gazetteers = new ArrayList<>();
    private final List<Path> speechCues = new ArrayList<>();
    private final List<Path> stanceLexicon = new ArrayList<>();
    private final List<Path> stancePatterns = new ArrayList<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private Profile profile = Profile.FULL;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int maxChars = DEFAULT_MAX_CHARS;
    private int chunkChars = CHUNK_CHARS;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private boolean detectHtml = true;

    private Builder() {}

    /**
     * Sets the longest text accepted, in characters ({@link String#length()}); longer documents
     * fail with an {@link ExtractionException} of type {@code too-large}. {@value
     * #DEFAULT_MAX_CHARS} by default.
     *
     * @param maxChars the limit, in UTF-16 chars
     * @return this builder
     * @throws IllegalArgumentException if {@code maxChars} is not positive
     */
    public Builder maxChars(int maxChars) {
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
      }
      this.maxChars = maxChars;
      return this;
    }

    /**
     * Sets the time budget of a document per 100,000 characters begun (a 250,000-character
     * document gets three times the budget); past it the document fails with an {@link
     * ExtractionException} of type {@code timeout} and the extractor goes on with the next. Two
     * minutes by default, ample for news text on a loaded core.
     *
     * @param budget the time allowed per 100,000 characters begun
     * @return this builder
     * @throws IllegalArgumentException if {@code budget} is not positive
     */
    public Builder timeBudget(Duration budget) {
      if (budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("time budget must be positive: " + budget);
      }
      this.timeBudget = budget;
      return this;
    }

    /**
     * Whether documents that look like HTML ({@link Html#looksLikeHtml}) are read as their text
     * ({@link Html#toText}); offsets then refer to that text. On by default.
     *
     * @param detect false to read every document as plain text
     * @return this builder
     */
    public Builder detectHtml(boolean detect) {
      this.detectHtml = detect;
      return this;
    }

    /** Chunk length for tests, so that merging shows on short texts. */
    Builder chunkChars(int chunkChars) {
      if (chunkChars < 16) {
        throw new IllegalArgumentException("chunkChars too small: " + chunkChars);
      }
      this.chunkChars = chunkChars;
      return this;
    }

    /**
     * Sets how many threads {@link Extractor#extractAll} uses; all cores by default.
     *
     * @param threads the number of worker threads
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is not positive
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Adds a user gazetteer file, laid over the bundled ones. Its name starts with its kind:
     * {@code states}, {@code people}, {@code organizations}, {@code alliances} or {@code titles}
     * (for instance {@code people-local.tsv}); its format is that of the bundled file.
     *
     * @param file the gazetteer file (TSV)
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     * @throws IllegalArgumentException if {@code file} is not a readable file or its name starts
     *     with no kind
     */
    public Builder gazetteer(Path file) {
      requireNonNull(file, "file");
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException((Files.exists(file)
            ? "gazetteer is not a file: " : "gazetteer file not found: ") + file);
      }
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("gazetteer file not readable: " + file);
      }
      String name = file.getFileName().toString();
      if (Gazetteer.KINDS.stream().noneMatch(name::startsWith)) {
        throw new IllegalArgumentException("gazetteer file name must start with one of "
            + String.join(", ", Gazetteer.KINDS) + ": " + file);
      }
      gazetteers.add(file);
      return this;
    }

    /**
     * Adds a file of speech cues (the format of {@code models/rules/speech-cues.txt}), laid over
     * the bundled list: the quote rules then also hear its verbs. Sets {@code
     * entente.quotes.speechCues}.
     *
     * @param file the cue file
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     */
    public Builder speechCues(Path file) {
      speechCues.add(requireNonNull(file, "file"));
      return this;
    }

    /**
     * Adds a stance lexicon file (the format of {@code models/rules/stance-lexicon.tsv}), laid
     * over the bundled lexicon. Sets {@code entente.stances.lexicon}.
     *
     * @param file the lexicon file
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     */
    public Builder stanceLexicon(Path file) {
      stanceLexicon.add(requireNonNull(file, "file"));
      return this;
    }

    /**
     * Adds a stance pattern file (the format of {@code models/rules/stance-patterns.semgrex}),
     * whose rules follow the bundled ones. Sets {@code entente.stances.patterns}.
     *
     * @param file the pattern file
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     */
    public Builder stancePatterns(Path file) {
      stancePatterns.add(requireNonNull(file, "file"));
      return this;
    }

    /**
     * Chooses the pipeline profile; {@link Profile#FULL} by default.
     *
     * @param profile the profile; not null
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the least probability at which the learned stance sieve keeps a stance (the rules'
     * stances are kept whatever it is). The default is the threshold stored with the bundled
     * model, chosen by cross-validation when it was trained; raise it for precision, lower it
     * for recall; 1.0 keeps only what the rules find.
     *
     * @param threshold a probability in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if {@code threshold} is not in [0, 1]
     */
    public Builder stanceThreshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("stance threshold " + threshold + " is not in [0, 1]");
      }
      overrides.put(STANCES + "." + StanceAnnotator.THRESHOLD, String.valueOf(threshold));
      return this;
    }

    /**
     * Names the learned stance sieve's models: a folder holding {@code stance-model.tsv} and
     * {@code direction-model.tsv}, as {@code train-stances --out} writes it (the bundled
     * {@code models/stances} by default). Read once per folder and shared by the pipelines that
     * name it; a malformed file fails {@link #build} naming it. Sets {@code
     * entente.stances.model}.
     *
     * @param dir the folder
     * @return this builder
     * @throws NullPointerException if {@code dir} is null
     */
    public Builder stanceModel(Path dir) {
      overrides.put(STANCES + "." + StanceAnnotator.MODEL, requireNonNull(dir, "dir").toString());
      return this;
    }

    /**
     * Sets one CoreNLP property, overriding entente's choice (expert use).
     *
     * @param key the property name, such as {@code ner.applyFineGrained}; not null
     * @param value its value; not null
     * @return this builder
     */
    public Builder property(String key, String value) {
      overrides.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Loads the models and returns the extractor. The gazetteer files are read first, so a
     * malformed one fails at once, before the CoreNLP models load.
     *
     * @return a new extractor; close it when done
     * @throws IllegalArgumentException if a gazetteer file cannot be read or has a malformed row
     *     (the message names the file and line)
     */
    public Extractor build() {
      try {
        Gazetteer.load(gazetteers); // cached: the annotators get this very instance
      } catch (UncheckedIOException e) {
        throw new IllegalArgumentException(e.getMessage() + ": " + e.getCause().getMessage(), e);
      }
      return new Extractor(this);
    }

    /**
     * The CoreNLP properties of the pipeline this builder configures, for tools that run the
     * pipeline themselves and read its annotation keys (the stance trainer).
     *
     * @return a fresh copy of the properties
     */
    public Properties pipelineProperties() {
      return properties();
    }

    private static String joined(List<Path> files) {
      return files.stream().map(Path::toString).collect(Collectors.joining(","));
    }

    private static void setIfAny(Properties p, String key, List<Path> files) {
      if (!files.isEmpty()) {
        p.setProperty(key, joined(files));
      }
    }

    Properties properties() {
      Properties p = new Properties();
      // Quotes and stances need the dependency parse; stances read the quotes' speakers.
      // Each annotator reads its settings under its name (entente.quotes.speechCues), and
      // CoreNLP shares an annotator between pipelines only when those settings are equal.
      // The parse follows the actors and alliances: it parses only the sentences whose
      // mentions and words can carry a fact (ParseAnnotator).
      String parse = profile == Profile.FULL ? "," + PARSE : "";
      // The reference stage runs in both profiles: it resolves the actors' pronouns.
      String facts = profile == Profile.FULL ? "," + QUOTES + "," + STANCES : "";
      p.setProperty("annotators", "tokenize,ssplit," + HYGIENE + ",pos,lemma,ner,"
          + ACTORS + "," + ALLIANCES + parse + "," + REFERENCE + facts);
      p.setProperty("customAnnotatorClass." + PARSE, ParseAnnotator.class.getName());
      p.setProperty(PARSE + "." + ParseAnnotator.QUOTES, QUOTES);
      p.setProperty(PARSE + "." + ParseAnnotator.STANCES, STANCES);
      p.setProperty("customAnnotatorClass." + HYGIENE, HygieneAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + ACTORS, ActorAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + ALLIANCES, AllianceAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + REFERENCE, ReferenceAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + QUOTES, QuoteAnnotator.class.getName());
      p.setProperty("customAnnotatorClass." + STANCES, StanceAnnotator.class.getName());
      String gazetteerFiles = joined(gazetteers);
      p.setProperty(ACTORS + ".gazetteers", gazetteerFiles);
      p.setProperty(ALLIANCES + ".gazetteers", gazetteerFiles);
      setIfAny(p, QUOTES + ".speechCues", speechCues);
      setIfAny(p, STANCES + ".lexicon", stanceLexicon);
      setIfAny(p, STANCES + ".patterns", stancePatterns);
      // One paragraph per line in news text: a line break always ends a sentence.
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      // Dates, numbers and fine-grained classes are not used: skip their cost.
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.applyFineGrained", "false");
      // The 3-class model alone. CoreNLP's other defaults add only tags of their own: the
      // CoNLL 4-class model MISC, which no stage reads; the MUC model DATE, TIME, MONEY and
      // PERCENT, of which the actor stage read only that a month ("May") is no surname, a rule
      // of its own now. Each model is a CRF decoded over every token: without MUC a corpus run
      // takes 15 % less CPU, and no field of the corpus or PolNeAR dev score changed.
      p.setProperty("ner.model", NER_MODELS);
      p.setProperty("tokenize.options", "invertible=true");
      overrides.forEach(p::setProperty);
      if (profile == Profile.FULL) {
        // The parse reads the quote rules', the stance lexicon's and the alliance anaphors'
        // files to choose sentences; CoreNLP shares an annotator between pipelines whose
        // name-prefixed properties are equal, so they are repeated under its name.
        List<String> keys = new ArrayList<>();
        QuoteRules.FILES.forEach(k -> keys.add(QUOTES + "." + k));
        keys.add(STANCES + "." + StanceAnnotator.LEXICON);
        keys.add(REFERENCE + "." + ReferenceAnnotator.ALLIANCE_ANAPHORS);
        for (String key : keys) {
          String value = p.getProperty(key);
          if (value != null) {
            p.setProperty(PARSE + key.substring(key.indexOf('.', "entente.".length())), value);
          }
        }
      }
      return p;
    }
  }

  /** Turns the annotation keys into records, in one place. */
  private static final class Assembler {
    Extraction assemble(String id, String language, Annotation doc, LocalDate date) {
      String text = doc.get(CoreAnnotations.TextAnnotation.class);
      var entities = doc.get(EntenteAnnotations.ActorEntitiesAnnotation.class);
      // The reference stage's mentions add the pronouns resolved to the actors.
      var index = doc.get(EntenteAnnotations.ReferenceAnnotation.class);
      var mentions = index != null ? index.actorMentions()
          : doc.get(EntenteAnnotations.ActorMentionsAnnotation.class);
      ImmutableList.Builder<Actor> actors = ImmutableList.builder();
      // Unnamed sources that speak quotes: actors too, so every speaker id names one.
      var speakers = doc.get(EntenteAnnotations.SpeakerEntitiesAnnotation.class);
      var speakerMentions = doc.get(EntenteAnnotations.SpeakerMentionsAnnotation.class);
      if (entities != null) {
        // The quote stage's mentions add where an actor speaks as a pronoun or description the
        // earlier stages left unresolved.
        List<Mention> all = mentions;
        if (mentions != null && speakerMentions != null && !speakerMentions.isEmpty()) {
          all = new ArrayList<>(mentions);
          all.addAll(speakerMentions);
          all.sort(Comparator.comparingInt(Mention::begin));
        }
        List<Mention> actorSpans = all;
        entities.values().forEach(e -> actors.add(actor(text, e, actorSpans)));
      }
      if (speakers != null) {
        speakers.values().forEach(e -> actors.add(speaker(text, e, speakerMentions, index)));
      }
      var allianceEntries = doc.get(EntenteAnnotations.AllianceEntitiesAnnotation.class);
      // The reference stage's alliance mentions add "the bloc" and the like.
      var allianceMentions = index != null ? index.allianceMentions()
          : doc.get(EntenteAnnotations.AllianceMentionsAnnotation.class);
      ImmutableList.Builder<Alliance> alliances = ImmutableList.builder();
      if (allianceEntries != null) {
        // members on the publication day; without one, the present members
        allianceEntries.values().forEach(a -> alliances.add(new Alliance(a.id(), a.name(),
            a.members(date), spans(text, allianceMentions, a.id()))));
      }
      List<QuoteFact> quotes = doc.get(EntenteAnnotations.QuotesAnnotation.class);
      List<StanceFact> stances = doc.get(EntenteAnnotations.StancesAnnotation.class);
      return new Extraction(id, language, actors.build(), alliances.build(),
          quotes == null ? List.of() : quotes.stream().map(q -> quote(text, q)).toList(),
          stances == null ? List.of() : stances.stream().map(st -> stance(text, st)).toList());
    }

    private static Actor actor(String text, Entity e, List<Mention> mentions) {
      return new Actor(e.id(), e.name(), ActorKind.valueOf(e.kind().name()), e.country(),
          e.title(), e.anonymous(), spans(text, mentions, e.id()));
    }

    /**
     * An unnamed source, with the body its description names as affiliation, and that body's
     * country when the description gives none ("a State Department official": USA).
     */
    private static Actor speaker(String text, Entity e, List<Mention> mentions,
        DocumentIndex index) {
      String affiliation = null;
      if (index != null) {
        for (Mention m : mentions) {
          if (m.id().equals(e.id()) && affiliation == null) {
            affiliation = index.backReferences().affiliation(m);
          }
        }
      }
      String country = e.country() != null || affiliation == null ? e.country()
          : index.backReferences().countryOf(affiliation);
      return new Actor(e.id(), e.name(), ActorKind.valueOf(e.kind().name()), country, e.title(),
          e.anonymous(), affiliation, spans(text, mentions, e.id()));
    }

    private static Quote quote(String text, QuoteFact q) {
      Span cue = q.cueBegin() < 0 ? null : Span.of(text, q.cueBegin(), q.cueEnd());
      return new Quote(q.direct() ? QuoteKind.DIRECT : QuoteKind.INDIRECT,
          Span.of(text, q.begin(), q.end()), q.speakers(), cue,
          q.addressee(), q.outlet(), QuoteRoute.valueOf(q.route()), q.confidence());
    }

    private static Stance stance(String text, StanceFact st) {
      return new Stance(st.holder(), st.target(), Polarity.valueOf(st.polarity().name()),
          Span.of(text, st.triggerBegin(), st.triggerEnd()),
          Span.of(text, st.evidenceBegin(), st.evidenceEnd()), st.confidence(),
          StanceRoute.valueOf(st.route().name()));
    }

    private static List<Span> spans(String text, List<Mention> mentions, String id) {
      return mentions.stream().filter(m -> m.id().equals(id))
          .map(m -> Span.of(text, m.begin(), m.end())).toList();
    }
  }
}
