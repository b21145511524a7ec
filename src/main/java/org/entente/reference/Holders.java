package org.entente.reference;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which back-reference a stance holder's word is, and what it stands for: a mention, "the
 * leaders of X and Y", "we" inside a quotation, "it"/"its", "the country", a plural anaphor
 * ("they", "the two sides"), a name in apposition, or a head a state or alliance modifies
 * ("Russian officials"). The words come from the caller's vocabulary; immutable, so one serves
 * every document and thread.
 */
public final class Holders {
  private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "i", "my", "me");
  /** How far back a plural anaphor may look for its antecedent pair. */
  private static final int PLURAL_WINDOW = 6;

  /**
   * The vocabulary the resolution reads, each a test of a lower-case word or id.
   *
   * @param leaders heads that with "of" and states stand for their leaders ("leaders")
   * @param speechVerb lemmas of speech verbs, for "we" inside a quotation
   * @param plural plural anaphors of any kind ("they", "sides")
   * @param pluralPeople plural anaphors that stand for people ("ministers")
   * @param pluralStates plural anaphors that stand for states ("countries")
   * @param leaderTitle title ids of those who speak for their state as a whole
   */
  public record Words(Predicate<String> leaders, Predicate<String> speechVerb,
      Predicate<String> plural, Predicate<String> pluralPeople, Predicate<String> pluralStates,
      Predicate<String> leaderTitle) {}

  private final Words words;

  /**
   * A resolver over a vocabulary.
   *
   * @param words the vocabulary
   */
  public Holders(Words words) {
    this.words = words;
  }

  /**
   * The actor ids a holder node stands for.
   *
   * @param refs the document's back-references
   * @param s sentence index
   * @param g the sentence's graph that holds {@code node}
   * @param node the holder's head
   * @return the ids; empty when it names no known actor
   */
  public List<String> resolve(BackReferences refs, int s, SemanticGraph g, IndexedWord node) {
    Mention m = refs.mentionAt(s, node);
    if (m != null) {
      return List.of(m.id());
    }
    String word = node.word().toLowerCase(Locale.ROOT);
    if (words.leaders().test(word)) {
      // "the leaders of Russia and China": each state's leader named in the document.
      List<String> people = refs.leadersOf(s, g, node, words.leaderTitle());
      if (!people.isEmpty()) {
        return people;
      }
    }
    if (FIRST_PERSON.contains(word)) {
      // "we" inside a quotation: the quote's speakers, else the speaker the sentence names.
      return refs.firstPerson(s, node.beginPosition(), words.speechVerb());
    }
    if (word.equals("it") || word.equals("its")) {
      // "Beijing gives Moscow its support": a possessive on the object is the subject's.
      String subject = objectOwner(refs, s, g, node);
      if (subject != null) {
        return List.of(subject);
      }
      // "the ministry said it was concerned", "pressure on China over its support for Russia"
      String id = refs.lastBodyBefore(s, node.index() - 1);
      return id == null ? List.of() : List.of(id);
    }
    if (word.equals("country")) {
      String id = refs.theCountry(s, g, node);
      return id == null ? List.of() : List.of(id);
    }
    if (isPlural(word)) {
      return plural(refs, s, node);
    }
    // "his Chinese counterpart Xi Jinping": the name in apposition says who.
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      if (rel.equals("appos") || rel.equals("flat") || rel.equals("compound")
          || rel.equals("dep")) {
        Mention named = refs.mentionAt(s, e.getDependent());
        if (named != null && refs.kindOf(named.id()) == EntityKind.PERSON) {
          return List.of(named.id());
        }
      }
    }
    // "Russian officials", "the U.S. delegation": a head that a state's name or demonym modifies;
    // "the AUKUS deal", "NATO members": one that an alliance's name modifies.
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
        Mention mod = refs.mentionAt(s, e.getDependent());
        if (mod != null && (refs.kindOf(mod.id()) == EntityKind.STATE
            || (rel.equals("compound") && refs.isAlliance(mod.id())))) {
          return List.of(mod.id());
        }
      }
    }
    return List.of();
  }

  private boolean isPlural(String word) {
    return words.plural().test(word) || words.pluralPeople().test(word)
        || words.pluralStates().test(word);
  }

  /**
   * A plural anaphor ("they", "the two sides", "both countries"): the last conjoined actors
   * before it, of the kind the word names.
   *
   * @param refs the document's back-references
   * @param s sentence index
   * @param node the anaphor
   * @return the ids; empty when the word is no plural anaphor or nothing fits
   */
  public List<String> plural(BackReferences refs, int s, IndexedWord node) {
    String word = node.word().toLowerCase(Locale.ROOT);
    if (!isPlural(word)) {
      return List.of();
    }
    EntityKind want = words.pluralPeople().test(word) ? EntityKind.PERSON
        : words.pluralStates().test(word) ? EntityKind.STATE : null;
    return refs.conjoinedBefore(s, node.index(), want, PLURAL_WINDOW, words.leaders(),
        words.leaderTitle());
  }

  /** The state or organisation subject of the verb whose object {@code its} modifies, or null. */
  private static String objectOwner(BackReferences refs, int s, SemanticGraph g,
      IndexedWord its) {
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
            Mention m = refs.mentionAt(s, subj.getDependent());
            EntityKind k = m == null ? null : refs.kindOf(m.id());
            if (k == EntityKind.STATE || k == EntityKind.ORGANIZATION) {
              return m.id();
            }
          }
        }
      }
    }
    return null;
  }
}
