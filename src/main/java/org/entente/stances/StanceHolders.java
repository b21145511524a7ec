package org.entente.stances;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.lexicon.StanceLexicon;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;

/**
 * Finds who holds a stance: the subject of the stance predicate, resolved to actor ids. Besides
 * plain mentions it resolves first-person pronouns inside quotations to the speaker, plural
 * anaphors ("they", "the two sides") to the last pair of conjoined actors, and heads such as
 * "officials" to the state their modifier names ("Russian officials").
 */
final class StanceHolders {
  private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "i", "my", "me");
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj");
  /** How far back a plural anaphor may look for its antecedent pair. */
  private static final int PLURAL_WINDOW = 6;

  private final StanceLexicon lexicon;

  StanceHolders(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The subject nodes of {@code pred}. Passive subjects count only for adjectival predicates
   * ("are opposed to"), where they are the holder, not the patient. Without a subject of its own,
   * a participle or infinitive takes the subject of the clause it hangs from.
   */
  List<IndexedWord> subjects(SemanticGraph g, IndexedWord pred, boolean passiveHolds) {
    IndexedWord node = pred;
    for (int step = 0; step < 3 && node != null; step++) {
      List<IndexedWord> out = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
        String rel = e.getRelation().toString();
        if (SUBJECT.contains(rel) || (passiveHolds && rel.equals("nsubj:pass"))) {
          out.add(e.getDependent());
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      IndexedWord up = null;
      for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
        String rel = e.getRelation().toString();
        if (rel.equals("xcomp") || rel.equals("advcl") || rel.startsWith("conj")) {
          up = e.getGovernor();
          break;
        }
      }
      node = up;
      passiveHolds = false;
    }
    return List.of();
  }

  /** The actor ids a holder node stands for; empty when it names no known actor. */
  List<String> resolve(StanceDoc d, int s, SemanticGraph g, IndexedWord node) {
    Mention m = d.mentionAt(s, node);
    if (m != null) {
      return List.of(m.id());
    }
    String word = node.word().toLowerCase(Locale.ROOT);
    if (lexicon.has("LEADERS", word)) {
      // "the leaders of Russia and China": each state's leader named in the document.
      List<String> people = leadersOf(d, s, g, node);
      if (!people.isEmpty()) {
        return people;
      }
    }
    if (FIRST_PERSON.contains(word)) {
      return speaker(d, s, node);
    }
    if (word.equals("it") || word.equals("its")) {
      // "Beijing gives Moscow its support": a possessive on the object is the subject's.
      String subject = objectOwner(d, s, g, node);
      if (subject != null) {
        return List.of(subject);
      }
      // "the ministry said it was concerned", "pressure on China over its support for Russia"
      String id = d.lastBodyBefore(s, node.index() - 1);
      return id == null ? List.of() : List.of(id);
    }
    if (word.equals("country")) {
      String id = d.theCountry(s, g, node);
      return id == null ? List.of() : List.of(id);
    }
    if (pluralKind(word) != null) {
      return plural(d, s, node);
    }
    // "his Chinese counterpart Xi Jinping": the name in apposition says who.
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      if (rel.equals("appos") || rel.equals("flat") || rel.equals("compound")
          || rel.equals("dep")) {
        Mention named = d.mentionAt(s, e.getDependent());
        if (named != null && d.kindOf(named.id()) == EntityKind.PERSON) {
          return List.of(named.id());
        }
      }
    }
    // "Russian officials", "the U.S. delegation": a head that a state's name or demonym modifies;
    // "the AUKUS deal", "NATO members": one that an alliance's name modifies.
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
        Mention mod = d.mentionAt(s, e.getDependent());
        if (mod != null && (d.kindOf(mod.id()) == EntityKind.STATE
            || (rel.equals("compound") && d.isAlliance(mod.id())))) {
          return List.of(mod.id());
        }
      }
    }
    return List.of();
  }

  /** The state or organisation subject of the verb whose object {@code its} modifies, or null. */
  private static String objectOwner(StanceDoc d, int s, SemanticGraph g, IndexedWord its) {
    for (SemanticGraphEdge poss : g.incomingEdgeIterable(its)) {
      if (!poss.getRelation().toString().equals("nmod:poss")) {
        continue;
      }
      for (SemanticGraphEdge obj : g.incomingEdgeIterable(poss.getGovernor())) {
        if (!obj.getRelation().toString().equals("obj")) {
          continue;
        }
        for (SemanticGraphEdge subj : g.outgoingEdgeIterable(obj.getGovernor())) {
          if (subj.getRelation().toString().equals("nsubj")) {
            Mention m = d.mentionAt(s, subj.getDependent());
            EntityKind k = m == null ? null : d.kindOf(m.id());
            if (k == EntityKind.STATE || k == EntityKind.ORGANIZATION) {
              return m.id();
            }
          }
        }
      }
    }
    return null;
  }

  /** "we" inside a quotation: the quote's speakers, else the speaker the sentence names. */
  private List<String> speaker(StanceDoc d, int s, IndexedWord node) {
    return d.refs().firstPerson(s, node.beginPosition(), w -> lexicon.has("SPEECH", w));
  }

  /**
   * A plural anaphor ("they", "the two sides", "both countries"): the last conjoined actors
   * before it, as the reference stage resolves them.
   */
  List<String> plural(StanceDoc d, int s, IndexedWord node) {
    Optional<EntityKind> want = pluralKind(node.word().toLowerCase(Locale.ROOT));
    if (want == null) {
      return List.of();
    }
    return d.refs().conjoinedBefore(s, node.index(), want.orElse(null), PLURAL_WINDOW,
        w -> lexicon.has("LEADERS", w), d::isLeaderTitle);
  }

  /**
   * The kind of actor a plural anaphor looks back for (empty: any kind), or null when the word is
   * not one; the words are the lexicon's PLURAL, PLURAL_PERSON and PLURAL_STATE classes.
   */
  private Optional<EntityKind> pluralKind(String word) {
    if (lexicon.has("PLURAL_PERSON", word)) {
      return Optional.of(EntityKind.PERSON);
    }
    if (lexicon.has("PLURAL_STATE", word)) {
      return Optional.of(EntityKind.STATE);
    }
    return lexicon.has("PLURAL", word) ? Optional.empty() : null;
  }

  /** The state last paired with {@code own} at or before sentence {@code s}, or null. */
  String partnerOf(StanceDoc d, int s, String own) {
    return d.refs().partnerOf(s, own);
  }

  /** The leaders of the states that {@code head} ("leaders") takes with "of", in order. */
  private static List<String> leadersOf(StanceDoc d, int s, SemanticGraph g, IndexedWord head) {
    return d.refs().leadersOf(s, g, head, d::isLeaderTitle);
  }
}
