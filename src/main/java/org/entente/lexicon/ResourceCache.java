package org.entente.lexicon;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Loaded rule files and models, keyed by what they are and the files they were read from: two
 * pipelines that name the same files share one immutable copy, and pipelines that name different
 * files get their own. Values are held weakly, so a resource no pipeline uses any more can be
 * collected. Thread-safe: concurrent requests for one key load it once.
 */
public final class ResourceCache {
  private static final Cache<Key, Object> CACHE = CacheBuilder.newBuilder().weakValues().build();

  private record Key(String kind, List<Path> files) {}

  private ResourceCache() {}

  /**
   * The resource of {@code kind} read from {@code files}, loading it on first request.
   *
   * @param <T> the resource type
   * @param kind what the resource is, such as {@code quote-rules}; part of the key
   * @param files the user files it is read from (besides the bundled ones), in order
   * @param loader reads the resource; called at most once per key while the value is in use
   * @return the shared resource
   * @throws IllegalArgumentException when the loader finds a malformed or missing file, with
   *     its message
   */
  @SuppressWarnings("unchecked")
  public static <T> T get(String kind, List<Path> files, Supplier<T> loader) {
    Key key = new Key(kind, files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    try {
      return (T) CACHE.get(key, loader::get);
    } catch (ExecutionException | UncheckedExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot load " + kind + " from " + files, cause);
    }
  }
}
