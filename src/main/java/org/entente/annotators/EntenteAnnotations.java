package org.entente.annotators;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.entente.lexicon.AllianceEntry;
import org.entente.quotes.QuoteFact;
import org.entente.quotes.Rejection;
import org.entente.reference.DocumentIndex;
import org.entente.reference.Entity;
import org.entente.reference.Mention;
import org.entente.reference.QuoteMarks;
import org.entente.stances.StanceFact;

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

  /**
   * Per sentence, the tokens the actor annotator read as names, titles, places or page
   * furniture, where no pronoun is resolved. Written by {@link ActorAnnotator}.
   */
  public static final class ClaimedTokensAnnotation implements CoreAnnotation<List<BitSet>> {
    @Override
    public Class<List<BitSet>> getType() {
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

  /**
   * The quotations of the document's text ({@link QuoteMarks#find}), in text order. Written by
   * the first of {@link ParseAnnotator} and {@link ReferenceAnnotator} that reads them, so the
   * marks are matched once per document.
   */
  public static final class QuotationsAnnotation
      implements CoreAnnotation<List<QuoteMarks.Span>> {
    @Override
    public Class<List<QuoteMarks.Span>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** The quotations of {@code doc}'s text: those found before, else found now and kept. */
  static List<QuoteMarks.Span> quotations(CoreMap doc) {
    List<QuoteMarks.Span> found = doc.get(QuotationsAnnotation.class);
    if (found == null) {
      found = ImmutableList.copyOf(QuoteMarks.find(doc.get(CoreAnnotations.TextAnnotation.class)));
      doc.set(QuotationsAnnotation.class, found);
    }
    return found;
  }

  /** The document's reference index. Written by {@link ReferenceAnnotator}. */
  public static final class ReferenceAnnotation implements CoreAnnotation<DocumentIndex> {
    @Override
    public Class<DocumentIndex> getType() {
      return DocumentIndex.class;
    }
  }

  /** Attributed quotes, in text order. Written by {@link QuoteAnnotator}. */
  public static final class QuotesAnnotation implements CoreAnnotation<List<QuoteFact>> {
    @Override
    public Class<List<QuoteFact>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /**
   * The quoted spans the quote annotator did not take as quotations (headlines, titles and names,
   * scare quotes, words under a cancelled speech verb), each with its reason, in text order.
   * Written by {@link QuoteAnnotator}.
   */
  public static final class RejectedQuotesAnnotation
      implements CoreAnnotation<List<Rejection>> {
    @Override
    public Class<List<Rejection>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /**
   * The unnamed sources that speak quotes ("a Kremlin aide"), by id: anonymous actors the actor
   * annotator does not name. Written by {@link QuoteAnnotator}.
   */
  public static final class SpeakerEntitiesAnnotation
      implements CoreAnnotation<Map<String, Entity>> {
    @Override
    public Class<Map<String, Entity>> getType() {
      return ErasureUtils.uncheckedCast(Map.class);
    }
  }

  /** Where those unnamed sources are named, in text order. Written by {@link QuoteAnnotator}. */
  public static final class SpeakerMentionsAnnotation implements CoreAnnotation<List<Mention>> {
    @Override
    public Class<List<Mention>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /** Stances, in text order. Written by {@link StanceAnnotator}. */
  public static final class StancesAnnotation implements CoreAnnotation<List<StanceFact>> {
    @Override
    public Class<List<StanceFact>> getType() {
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
