package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.List;
import java.util.Map;
import org.entente.Quote;
import org.entente.Stance;
import org.entente.lexicon.AllianceEntry;

/** The document-level annotation keys that entente's annotators write. */
public final class EntenteAnnotations {
  private EntenteAnnotations() {}

  /** Every actor mention, in text order. Written by {@link ActorAnnotator}. */
  public static final class ActorMentionsAnnotation implements CoreAnnotation<List<Mention>> {
    @Override
    public Class<List<Mention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** The actors of the document by id, in order of first mention. Written by {@link ActorAnnotator}. */
  public static final class ActorEntitiesAnnotation
      implements CoreAnnotation<Map<String, Entity>> {
    @Override
    public Class<Map<String, Entity>> getType() {
      return ErasureUtils.uncheckedCast(Map.class);
    }
  }

  /** Every alliance mention, in text order. Written by {@link AllianceAnnotator}. */
  public static final class AllianceMentionsAnnotation implements CoreAnnotation<List<Mention>> {
    @Override
    public Class<List<Mention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** The alliances of the document by id, in order of first mention. Written by {@link AllianceAnnotator}. */
  public static final class AllianceEntitiesAnnotation
      implements CoreAnnotation<Map<String, AllianceEntry>> {
    @Override
    public Class<Map<String, AllianceEntry>> getType() {
      return ErasureUtils.uncheckedCast(Map.class);
    }
  }

  /** Attributed quotes, in text order. Written by the quote annotator. */
  public static final class QuotesAnnotation implements CoreAnnotation<List<Quote>> {
    @Override
    public Class<List<Quote>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** Stances, in text order. Written by the stance annotator. */
  public static final class StancesAnnotation implements CoreAnnotation<List<Stance>> {
    @Override
    public Class<List<Stance>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** The stance candidates and their features, kept only for training. */
  public static final class StanceCandidatesAnnotation
      implements CoreAnnotation<List<org.entente.stances.learn.Candidate>> {
    @Override
    public Class<List<org.entente.stances.learn.Candidate>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }
}
