package org.entente.facts;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Named sieves in order: the first that decides a candidate decides it, as in CoreNLP's quote
 * attribution sieves and {@code KBPEnsembleExtractor}. Immutable and thread-safe when its
 * sieves are.
 *
 * @param <C> the candidate type
 * @param <V> the decided value
 */
public final class SieveChain<C, V> {
  private final ImmutableList<Sieve<C, V>> sieves;

  /**
   * A chain of {@code sieves}, consulted in list order.
   *
   * @param sieves the sieves; not empty, names distinct
   * @throws IllegalArgumentException if the list is empty or two sieves share a name
   */
  public SieveChain(List<? extends Sieve<C, V>> sieves) {
    this.sieves = ImmutableList.copyOf(sieves);
    if (this.sieves.isEmpty()) {
      throw new IllegalArgumentException("a sieve chain needs at least one sieve");
    }
    if (this.sieves.stream().map(Sieve::name).distinct().count() != this.sieves.size()) {
      throw new IllegalArgumentException("sieve names repeat: " + names());
    }
  }

  /**
   * The first decision of the chain's sieves on {@code candidate}.
   *
   * @param candidate the candidate; not null
   * @return the first sieve's decision that is not empty, or empty when all abstain
   */
  public Optional<Decision<V>> decide(C candidate) {
    requireNonNull(candidate, "candidate");
    for (Sieve<C, V> s : sieves) {
      Optional<Decision<V>> d = s.decide(candidate);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * This chain with {@code sieve} put before the sieve named {@code before}, or last when no
   * sieve has that name: how a trained model goes in front of the rules.
   *
   * @param sieve the sieve to add
   * @param before the name of the sieve it goes before, or null for the end
   * @return a new chain
   */
  public SieveChain<C, V> with(Sieve<C, V> sieve, String before) {
    ImmutableList.Builder<Sieve<C, V>> b = ImmutableList.builder();
    boolean placed = false;
    for (Sieve<C, V> s : sieves) {
      if (!placed && s.name().equals(before)) {
        b.add(sieve);
        placed = true;
      }
      b.add(s);
    }
    if (!placed) {
      b.add(sieve);
    }
    return new SieveChain<>(b.build());
  }

  /**
   * The sieves' names, in order.
   *
   * @return the names
   */
  public List<String> names() {
    return sieves.stream().map(Sieve::name).toList();
  }
}
