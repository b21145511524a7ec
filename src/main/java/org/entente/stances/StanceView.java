package org.entente.stances;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;
import org.entente.reference.QuoteMarks;
import org.entente.reference.Utterance;
import org.entente.stances.learn.StanceContext;

/** The learned sieve's view of a document: {@link StanceDoc} and the rules' holder resolution. */
final class StanceView implements StanceContext {
  private final StanceDoc d;
  private final StanceHolders holders;
  private final List<List<Ref>> refs = new ArrayList<>();
  private final List<Said> quotes = new ArrayList<>();

  StanceView(StanceDoc d, StanceHolders holders, List<QuoteMarks.Span> quotations, List<Utterance> utterances) {
    this.d = d;
    this.holders = holders;
    for (int s = 0; s < d.sentences.size(); s++) {
      List<Ref> here = new ArrayList<>();
      for (Mention m : d.mentionsIn(s)) {
        here.add(new Ref(m.id(), m.sentence(), m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(),
            m.via() == Mention.Via.PRONOUN));
      }
      refs.add(List.copyOf(here));
    }
    if (utterances != null) {
      for (Utterance u : utterances) {
        boolean direct = quotations.stream().anyMatch(q -> q.begin() < u.end()
            && u.begin() < q.end());
        quotes.add(new Said(u.begin(), u.end(), u.speakers(), direct));
      }
    }
  }

  @Override
  public String text() {
    return d.text;
  }

  @Override
  public int sentenceCount() {
    return d.sentences.size();
  }

  @Override
  public List<CoreLabel> tokens(int s) {
    return d.tokens(s);
  }

  @Override
  public SemanticGraph graph(int s) {
    return d.graph(s);
  }

  @Override
  public List<Ref> mentions(int s) {
    return refs.get(s);
  }

  @Override
  public Kind kind(String id) {
    if (d.isAlliance(id)) {
      return Kind.ALLIANCE;
    }
    EntityKind k = d.kindOf(id);
    if (k == null) {
      return Kind.OTHER;
    }
    return switch (k) {
      case STATE -> Kind.STATE;
      case PERSON -> Kind.PERSON;
      case ORGANIZATION -> Kind.ORGANIZATION;
    };
  }

  @Override
  public String countryOf(String id) {
    return d.countryOf(id);
  }

  @Override
  public List<Said> quotes() {
    return quotes;
  }

  @Override
  public List<String> resolve(int s, IndexedWord node) {
    return holders.resolve(d, s, d.graph(s), node);
  }
}
