package org.entente.annotators;

import com.google.common.base.Splitter;
import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.entente.facts.Sieve;
import org.entente.lexicon.Gazetteer;

/**
 * Reads the properties of entente's annotators. As CoreNLP's own annotators do ({@code
 * ner.model}), each reads its settings under its pipeline name: the {@code Extractor} names its
 * annotators {@code entente.actors}, {@code entente.quotes} and so on, so the settings are {@code
 * entente.quotes.speechCues} and the like. CoreNLP shares one annotator between pipelines only
 * when those name-prefixed properties are equal, so two pipelines with different files get
 * their own annotators.
 */
final class Settings {
  /** Comma-separated user gazetteer files, read by every annotator when it has none of its own. */
  static final String GAZETTEERS = "entente.gazetteers";

  private Settings() {}

  /** The comma-separated paths of {@code name.key}, in order; empty when unset. */
  static List<Path> paths(Properties props, String name, String key) {
    return Splitter.on(',').trimResults().omitEmptyStrings()
        .splitToStream(props.getProperty(name + "." + key, "")).map(Path::of).toList();
  }

  /**
   * A property naming user files laid over the bundled list {@code models/rules/file}: its
   * entry in an annotator's {@code SUPPORTED_PROPERTIES}.
   */
  static PropertiesUtils.Property overlay(String key, String file, String what) {
    return new PropertiesUtils.Property(key, "", "Comma-separated files of " + what
        + ", one a line, laid over models/rules/" + file + ".");
  }

  /** The gazetteer of {@code name.gazetteers}, else of {@code entente.gazetteers}. */
  static Gazetteer gazetteer(Properties props, String name) {
    String own = props.getProperty(name + ".gazetteers");
    String files = own != null ? own : props.getProperty(GAZETTEERS, "");
    return Gazetteer.load(Splitter.on(',').trimResults().omitEmptyStrings().splitToStream(files)
        .map(Path::of).toList());
  }

  /**
   * The sieves named by {@code name.sieves}: comma-separated class names, each a {@link Sieve}
   * with a public constructor taking the pipeline's {@link Properties}, in order.
   */
  @SuppressWarnings("unchecked")
  static <C, V> List<Sieve<C, V>> sieves(Properties props, String name) {
    List<Sieve<C, V>> out = new ArrayList<>();
    String key = name + ".sieves";
    for (String cls : Splitter.on(',').trimResults().omitEmptyStrings()
        .split(props.getProperty(key, ""))) {
      Object o;
      try {
        o = Class.forName(cls).getConstructor(Properties.class).newInstance(props);
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        throw new IllegalArgumentException(key + ": " + cls
            + " is no class with a public constructor (java.util.Properties)", e);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException(key + ": " + cls + " failed to load: "
            + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(key + ": cannot create " + cls, e);
      }
      if (!(o instanceof Sieve<?, ?> s)) {
        throw new IllegalArgumentException(key + ": " + cls + " is not a " + Sieve.class.getName());
      }
      out.add((Sieve<C, V>) s);
    }
    return out;
  }
}
