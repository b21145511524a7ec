package org.entente;

import com.google.common.util.concurrent.Uninterruptibles;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Builds a CoreNLP pipeline with its heavy models loaded on several threads. CoreNLP builds its
 * annotators one after the other, and loading NER's CRF model, the tagger and the parser
 * is most of a cold start. But it keeps every annotator it builds in a global cache under its
 * name and settings, so small pipelines of some annotators each, built at once on their own
 * threads with the same properties, leave the whole pipeline nothing to load.
 */
final class ParallelLoad {
  private ParallelLoad() {}

  /**
   * The pipeline of {@code props}, its annotators loaded in groups: NER alone, the parser alone
   * (when it is in the pipeline) and everything else on the calling thread.
   *
   * @param props the pipeline's properties
   * @param alone annotator names that each load on a thread of their own, when present
   * @param beside other loads, each on a thread of its own, done before this returns
   * @return the pipeline
   */
  static StanfordCoreNLP pipeline(Properties props, List<String> alone, List<Runnable> beside) {
    List<String> names = Stream.of(props.getProperty("annotators", "").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
    List<String> own = alone.stream().filter(names::contains).toList();
    List<String> rest = new ArrayList<>(names);
    rest.removeAll(own);
    ExecutorService threads = Executors.newFixedThreadPool(own.size() + beside.size() + 1,
        DaemonThreads.factory("entente-loader", false));
    try {
      List<Future<StanfordCoreNLP>> loading = new ArrayList<>();
      for (String name : own) {
        loading.add(threads.submit(() -> part(props, List.of(name))));
      }
      List<Future<?>> others = beside.stream().<Future<?>>map(threads::submit).toList();
      // The parts are kept until the whole is built: CoreNLP's cache holds annotators softly.
      List<StanfordCoreNLP> parts = new ArrayList<>();
      parts.add(part(props, rest));
      // Uninterruptibly, as a sequential load is: a caller whose interrupt flag is set still
      // gets its pipeline, and keeps its flag.
      for (Future<StanfordCoreNLP> f : loading) {
        parts.add(Uninterruptibles.getUninterruptibly(f));
      }
      for (Future<?> f : others) {
        Uninterruptibles.getUninterruptibly(f);
      }
      StanfordCoreNLP whole = new StanfordCoreNLP(props);
      parts.clear();
      return whole;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("loading the pipeline failed", e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }

  /** A pipeline of some of the annotators, built only to load them into CoreNLP's cache. */
  private static StanfordCoreNLP part(Properties props, List<String> names) {
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("annotators", String.join(",", names));
    return new StanfordCoreNLP(p, false);
  }
}
