package org.entente.stances;

import java.util.Optional;
import org.entente.facts.Decision;
import org.entente.facts.Sieve;
import org.entente.lexicon.Leaning;

/**
 * The rules' polarity: the one the pattern or the lexicon proposed, with the pattern's
 * confidence. Support for a hostile measure against the target opposes the target ("backed
 * sanctions against X"); opposing such a measure states nothing of the target, so the sieve
 * abstains. Stateless.
 */
public final class LexiconSieve implements Sieve<StanceCandidate, Leaning> {
  /** The sieve's name. */
  public static final String NAME = "lexicon";

  /** The sieve; it has no settings. */
  public LexiconSieve() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Decision<Leaning>> decide(StanceCandidate c) {
    Leaning p = c.proposed();
    if (p == null || c.againstMeasure() && p == Leaning.OPPOSE) {
      return Optional.empty();
    }
    Leaning decided = c.againstMeasure() ? Leaning.OPPOSE : p;
    return Optional.of(new Decision<>(decided, NAME, c.ruleConfidence()));
  }
}
