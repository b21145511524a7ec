package org.entente.reference;

import com.google.common.collect.Iterables;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * What back-references stand for in one document, for every stage after the reference stage:
 * "it" and "its" (the body named last), "the country" (the state named first), "the two
 * leaders" (the last two actors of a kind), "the diplomat" (the person named last), a state's
 * leader, an actor's state. One per {@link DocumentIndex}, read-only, so the quote and stance
 * rules share one answer.
 */
public final class BackReferences {
  private final DocumentIndex index;

  BackReferences(DocumentIndex index) {
    this.index = index;
  }

  /**
   * The actor or alliance mention that covers a graph node; an alliance name wins over an
   * organisation found on the same words, then the longer mention.
   *
   * @param s sentence index
   * @param w a node of that sentence's graph
   * @return the mention, or null
   */
  public Mention mentionAt(int s, IndexedWord w) {
    // IndexedWord indices are 1-based; mention token offsets are 0-based.
    int token = w.index() - 1;
    Mention best = null;
    for (Mention m : index.mentionsIn(s)) {
      if (!m.covers(s, token)) {
        continue;
      }
      // An alliance name wins over an organisation NER found on the same words ("NATO").
      if (isAlliance(m.id()) && (best == null || !isAlliance(best.id()))) {
        best = m;
      } else if (best == null || (isAlliance(m.id()) == isAlliance(best.id())
          && m.tokenEnd() - m.tokenBegin() > best.tokenEnd() - best.tokenBegin())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The first actor or alliance mention that covers a token.
   *
   * @param s sentence index
   * @param token token index in the sentence (0-based)
   * @return the mention, or null
   */
  public Mention mentionAt(int s, int token) {
    for (Mention m : index.mentionsIn(s)) {
      if (m.covers(s, token)) {
        return m;
      }
    }
    return null;
  }


  /**
   * The state an actor belongs to.
   *
   * @param id an actor id
   * @return the id itself for a state, its country for others, else null
   */
  public String countryOf(String id) {
    Entity e = index.actors().get(id);
    if (e == null) {
      return null;
    }
    // a gazetteer person with no state (an EU official) has no country (Entity nulls a blank one)
    return e.kind() == EntityKind.STATE ? e.id() : e.country();
  }

  /**
   * The body an unnamed source's description speaks for: the organisation or alliance it names,
   * nearest its head ("a senior State Department official", "a NATO diplomat"), else the state
   * whose seat of power it names ("a Kremlin aide"). A nationality alone ("a Canadian official")
   * is the source's country, not its affiliation.
   *
   * @param description the description's mention ("a State Department official")
   * @return the organisation's, alliance's or state's id, or null
   */
  public String affiliation(Mention description) {
    Mention body = null;
    Mention seat = null;
    for (Mention m : index.mentionsIn(description.sentence())) {
      if (m.tokenBegin() < description.tokenBegin() || m.tokenEnd() > description.tokenEnd()
          || m.id().equals(description.id())) {
        continue;
      }
      if (isAlliance(m.id()) || kindOf(m.id()) == EntityKind.ORGANIZATION) {
        if (body == null || m.tokenEnd() > body.tokenEnd()) {
          body = m;
        }
      } else if (m.via() == Mention.Via.METONYM && kindOf(m.id()) == EntityKind.STATE
          && (seat == null || m.tokenEnd() > seat.tokenEnd())) {
        seat = m;
      }
    }
    return body != null ? body.id() : seat != null ? seat.id() : null;
  }

  /**
   * What "it" or "its" at token {@code token} (0-based) of sentence {@code s} stands for: the
   * nearest state or organisation named before it in the sentence, or null.
   *
   * @param s sentence index
   * @param token the pronoun's token index (0-based)
   * @return the state's or organisation's id, or null
   */
  public String lastBodyBefore(int s, int token) {
    Mention best = null;
    for (Mention m : index.mentionsIn(s)) {
      EntityKind k = kindOf(m.id());
      if (m.tokenEnd() <= token && (k == EntityKind.STATE || k == EntityKind.ORGANIZATION)
          && (best == null || m.tokenEnd() > best.tokenEnd())) {
        best = m;
      }
    }
    return best == null ? null : best.id();
  }

  /**
   * What "the country" (node {@code w} of sentence {@code s}) stands for: the first state named
   * in its sentence, else in the sentence before; null when the noun is not "the country".
   *
   * @param s sentence index
   * @param g the sentence's graph
   * @param w the noun's node
   * @return the state's id, or null
   */
  public String theCountry(int s, SemanticGraph g, IndexedWord w) {
    if (!w.word().equalsIgnoreCase("country")) {
      return null;
    }
    boolean the = false;
    for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      String rel = e.getRelation().toString();
      if (rel.equals("det") && e.getDependent().word().equalsIgnoreCase("the")) {
        the = true;
      } else if (rel.equals("amod") || rel.startsWith("nmod") || rel.equals("compound")) {
        return null; // "the other country", "the country of origin"
      }
    }
    if (!the) {
      return null;
    }
    for (int k = s; k >= Math.max(0, s - 1); k--) {
      Mention first = null;
      for (Mention m : index.mentionsIn(k)) {
        if (kindOf(m.id()) == EntityKind.STATE && (k < s || m.tokenEnd() <= w.index() - 1)
            && (first == null || m.tokenBegin() < first.tokenBegin())) {
          first = m;
        }
      }
      if (first != null) {
        return first.id();
      }
    }
    return null;
  }


  /**
   * The person who leads {@code state} in this document: of the people of that state with a
   * leader's title, the one mentioned most; null when there is none.
   *
   * @param state a state's id
   * @param leaderTitle whether a title id is a leader's ("president", "prime-minister")
   * @return the person's id, or null
   */
  public String leaderOf(String state, Predicate<String> leaderTitle) {
    String best = null;
    long bestCount = 0;
    for (Entity e : index.actors().values()) {
      if (e.kind() != EntityKind.PERSON || !state.equals(e.country()) || e.title() == null
          || e.title() == null || !leaderTitle.test(e.title())) {
        continue;
      }
      long n = IntStream.range(0, index.sentenceCount()).mapToObj(index::mentionsIn).flatMap(List::stream).filter(m -> m.id().equals(e.id()))
          .count();
      if (n > bestCount) {
        best = e.id();
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * The kind of an actor.
   *
   * @param id an actor id
   * @return its kind, or null when it is no actor of the document
   */
  public EntityKind kindOf(String id) {
    Entity e = index.actors().get(id);
    return e == null ? null : e.kind();
  }

  /**
   * Whether an id is an alliance of the document.
   *
   * @param id an id
   * @return true for an alliance
   */
  public boolean isAlliance(String id) {
    return index.alliances().containsKey(id);
  }

  /**
   * The last two distinct named actors of a kind mentioned before a token ("the two leaders",
   * "both sides"); actor mentions only, alliances aside.
   *
   * @param s sentence index
   * @param t token index in the sentence (0-based)
   * @param kind the kind wanted
   * @return up to two ids, the nearer first
   */
  public List<String> lastTwo(int s, int t, EntityKind kind) {
    List<String> out = new ArrayList<>();
    List<Mention> mentions = index.actorMentions();
    for (int i = mentions.size() - 1; i >= 0 && out.size() < 2; i--) {
      Mention m = mentions.get(i);
      if (m.sentence() > s || m.sentence() == s && m.tokenBegin() >= t) {
        continue;
      }
      Entity e = index.actors().get(m.id());
      if (e != null && e.kind() == kind && !e.anonymous() && !out.contains(m.id())) {
        out.add(m.id());
      }
    }
    return out;
  }

  /**
   * What a group word stands for ("they", "the two leaders", "both countries"), before token
   * {@code t} of sentence s: for {@code GROUP} the speakers last quoted together when there are
   * any, else as {@code ANY}; for {@code ANY} the last two people named when there are two, else
   * the last two states; for {@code PERSON} or {@code STATE} the last two of that kind.
   *
   * @param s sentence index
   * @param t token index in the sentence (0-based)
   * @param kind PERSON, STATE, ANY or GROUP, as the speaker-groups list gives it
   * @param lastSpeakers the speakers last quoted together, or an empty list
   * @return up to two ids (or the group), the nearer first
   */
  public List<String> group(int s, int t, String kind, List<String> lastSpeakers) {
    if (kind.equals("GROUP") && !lastSpeakers.isEmpty()) {
      return lastSpeakers;
    }
    if (kind.equals("GROUP") || kind.equals("ANY")) {
      List<String> people = lastTwo(s, t, EntityKind.PERSON);
      return people.size() == 2 ? people : lastTwo(s, t, EntityKind.STATE);
    }
    return lastTwo(s, t, kind.equals("PERSON") ? EntityKind.PERSON : EntityKind.STATE);
  }

  /**
   * A node of one sentence's basic dependency graph.
   *
   * @param sentence sentence index
   * @param node the node
   */
  public record Node(int sentence, IndexedWord node) {}

  /**
   * The document nouns a bare "the statement" may refer back to, nearest first: common nouns
   * before token {@code t} of sentence s, and in the {@code window} sentences before it, whose
   * lemma {@code isDocument} accepts.
   *
   * @param s sentence index
   * @param t token index of the referring noun (0-based); only tokens before it count
   * @param window how many sentences back to look
   * @param isDocument whether a lemma names a document ("statement", "readout")
   * @return the candidates, the nearest first; maybe empty
   */
  public List<Node> earlierDocuments(int s, int t, int window, Predicate<String> isDocument) {
    List<Node> out = new ArrayList<>();
    for (int p = s; p >= 0 && p >= s - window; p--) {
      List<edu.stanford.nlp.ling.CoreLabel> toks = index.tokens(p);
      SemanticGraph g = index.basic(p);
      for (int k = p == s ? t - 1 : toks.size() - 1; k >= 0; k--) {
        IndexedWord d = g == null ? null : g.getNodeByIndexSafe(k + 1);
        String tag = toks.get(k).tag() == null ? "" : toks.get(k).tag();
        String lemma = toks.get(k).lemma() == null ? toks.get(k).word() : toks.get(k).lemma();
        if (d != null && tag.startsWith("NN") && !tag.startsWith("NNP")
            && isDocument.test(lemma)) {
          out.add(new Node(p, d));
        }
      }
    }
    return out;
  }

  /**
   * "the Chinese diplomat": a definite singular description refers back to the person named
   * last before it, of the state a demonym or name in the description gives, if any.
   *
   * @param s sentence index
   * @param head the description's head, a node of the sentence's basic graph
   * @return the person's id, or null when the phrase is not definite or no one fits
   */
  public String describedPerson(int s, IndexedWord head) {
    int h = head.index() - 1;
    SemanticGraph g = index.basic(s);
    if (g == null || !"NN".equals(index.tokens(s).get(h).tag())) {
      return null;
    }
    boolean definite = false;
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
      String r = e.getRelation().toString();
      definite |= (r.equals("det") || r.startsWith("det:"))
          && e.getDependent().word().equalsIgnoreCase("the");
    }
    if (!definite) {
      return null;
    }
    int first = head.index();
    for (IndexedWord d : g.descendants(head)) {
      first = Math.min(first, d.index());
    }
    String country = null;
    for (int t = first - 1; t < h && country == null; t++) {
      Mention m = index.actorAt(s, t);
      Entity e = m == null ? null : index.actors().get(m.id());
      if (e != null && e.kind() == EntityKind.STATE) {
        country = e.id();
      }
    }
    return lastPerson(s, h, country);
  }

  /**
   * The last named person before a token ("the Chinese diplomat" refers back to someone named),
   * of a country when one is given.
   *
   * @param s sentence index
   * @param t token index in the sentence (0-based)
   * @param country the state the person must belong to, or null for any
   * @return the person's id, or null
   */
  public String lastPerson(int s, int t, String country) {
    List<Mention> mentions = index.actorMentions();
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.sentence() > s || m.sentence() == s && m.tokenBegin() >= t) {
        continue;
      }
      Entity e = index.actors().get(m.id());
      if (e != null && e.kind() == EntityKind.PERSON && !e.anonymous()
          && (country == null || e.country() == null || country.equals(e.country()))) {
        return e.id();
      }
    }
    return null;
  }

  /**
   * The person a speaking "he" or "she" the reference stage left unresolved stands for: the
   * last person shown speaking a few sentences back, else the person named or resolved last
   * there, of the pronoun's gender as far as the document's pronouns show it (see
   * {@link Pronouns#speakerBefore}).
   *
   * @param s the pronoun's sentence
   * @param t its token index in the sentence (0-based)
   * @param female whether it is "she"
   * @param speaking the mentions of people shown speaking, in text order
   * @param extra person mentions a later stage found beyond the index's (unresolved pronouns,
   *     names the actor stage did not take)
   * @param person whether an id is a named person
   * @return the person's id, or null
   */
  public String speakingPronoun(int s, int t, boolean female, List<Mention> speaking,
      List<Mention> extra, Predicate<String> person) {
    return Pronouns.speakerBefore(s, t, female, speaking,
        Iterables.concat(index.actorMentions(), extra), person, index.genders());
  }

  /**
   * The passage's current speaker before a token: the last of {@code speaking} within the
   * sentences a speaking pronoun looks back (see {@link Pronouns#speakerBefore}).
   *
   * @param s sentence index
   * @param t token index in the sentence (0-based)
   * @param speaking the mentions of people shown speaking, in text order
   * @return the person's id, or null
   */
  public String currentSpeaker(int s, int t, List<Mention> speaking) {
    return Pronouns.currentSpeaker(s, t, speaking, id -> true);
  }

  /**
   * What a plural anaphor stands for: the last conjoined pair (or more) of actors before it, in
   * its sentence or the few before ("Russia and China ... the two countries"); the people when
   * the pair is the states of a leaders' phrase ("the leaders of Russia and China ... they").
   *
   * @param s the anaphor's sentence
   * @param nodeIndex the anaphor's 1-based graph index; conjuncts at or after it do not count
   * @param want the kind the anaphor wants ("leaders": people), or null for any
   * @param window how many sentences back to look
   * @param leaderHead whether a lower-case word is a leaders' head ("leaders", "heads")
   * @param leaderTitle whether a title id is a leader's
   * @return the ids, in text order; empty when there is no such pair
   */
  public List<String> conjoinedBefore(int s, int nodeIndex, EntityKind want, int window,
      Predicate<String> leaderHead, Predicate<String> leaderTitle) {
    for (int k = s; k >= Math.max(0, s - window); k--) {
      SemanticGraph g = index.enhanced(k);
      if (g == null) {
        continue;
      }
      List<String> best = List.of();
      int bestPos = -1;
      for (SemanticGraphEdge e : g.edgeIterable()) {
        if (!e.getRelation().toString().startsWith("conj")) {
          continue;
        }
        if (k == s && e.getDependent().index() >= nodeIndex) {
          continue;
        }
        Mention a = mentionAt(k, e.getGovernor());
        Mention b = mentionAt(k, e.getDependent());
        if (a == null || b == null || a.id().equals(b.id())
            || !kindFits(a.id(), want) || !kindFits(b.id(), want)) {
          continue;
        }
        if (e.getDependent().index() > bestPos) {
          bestPos = e.getDependent().index();
          // "The leaders of Russia and China ... they": the people, not the states.
          List<String> people = List.of();
          for (SemanticGraphEdge up : g.incomingEdgeIterable(e.getGovernor())) {
            if (up.getRelation().toString().equals("nmod:of") && leaderHead.test(
                up.getGovernor().word().toLowerCase(Locale.ROOT))) {
              people = leadersOf(k, g, up.getGovernor(), leaderTitle);
            }
          }
          if (people.size() > 1) {
            best = people;
            continue;
          }
          Set<String> ids = new LinkedHashSet<>(List.of(a.id(), b.id()));
          // A third conjunct of the same head: "Russia, China and Iran".
          for (SemanticGraphEdge e2 : g.outgoingEdgeIterable(e.getGovernor())) {
            if (e2.getRelation().toString().startsWith("conj")) {
              Mention c = mentionAt(k, e2.getDependent());
              if (c != null && kindFits(c.id(), want)) {
                ids.add(c.id());
              }
            }
          }
          best = List.copyOf(ids);
        }
      }
      if (!best.isEmpty()) {
        return best;
      }
    }
    return List.of();
  }

  /**
   * The state last paired with {@code own} ("Russia and China", "Putin and Xi") at or before a
   * sentence: the other side of a speaker's "we ... each other".
   *
   * @param s sentence index
   * @param own the speaker's state
   * @return the partner state's id, or null
   */
  public String partnerOf(int s, String own) {
    for (int k = s; k >= 0; k--) {
      SemanticGraph g = index.enhanced(k);
      if (g == null) {
        continue;
      }
      String found = null;
      int foundAt = -1;
      for (SemanticGraphEdge e : g.edgeIterable()) {
        if (!e.getRelation().toString().startsWith("conj")) {
          continue;
        }
        Mention a = mentionAt(k, e.getGovernor());
        Mention b = mentionAt(k, e.getDependent());
        String ca = a == null ? null : countryOf(a.id());
        String cb = b == null ? null : countryOf(b.id());
        if (ca == null || cb == null || ca.equals(cb) || e.getDependent().index() < foundAt) {
          continue;
        }
        if (ca.equals(own) || cb.equals(own)) {
          found = ca.equals(own) ? cb : ca;
          foundAt = e.getDependent().index();
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The leaders of the states a head ("the leaders of Russia and China") takes with "of".
   *
   * @param s sentence index
   * @param g the sentence's graph
   * @param head the head noun's node
   * @param leaderTitle whether a title id is a leader's
   * @return the leaders' ids in order; empty unless every such state has a leader named
   */
  public List<String> leadersOf(int s, SemanticGraph g, IndexedWord head,
      Predicate<String> leaderTitle) {
    Set<String> out = new LinkedHashSet<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
      if (!e.getRelation().toString().equals("nmod:of")) {
        continue;
      }
      Mention m = mentionAt(s, e.getDependent());
      if (m == null || kindOf(m.id()) != EntityKind.STATE) {
        return List.of();
      }
      String leader = leaderOf(m.id(), leaderTitle);
      if (leader == null) {
        return List.of();
      }
      out.add(leader);
    }
    return List.copyOf(out);
  }

  private boolean kindFits(String id, EntityKind want) {
    if (isAlliance(id)) {
      return false;
    }
    return want == null || kindOf(id) == want;
  }

  /**
   * What a first-person pronoun ("we", "our") stands for: inside an attributed quotation, its
   * speakers; else the actor subject of a speech verb in its sentence, or, when the pronoun sits
   * inside quotation marks, in the next or the previous sentence.
   *
   * @param s the pronoun's sentence
   * @param offset the pronoun's character offset
   * @param speechVerb whether a lemma is a speech verb
   * @return the speakers' ids; empty when none is found
   */
  public List<String> firstPerson(int s, int offset, Predicate<String> speechVerb) {
    List<Utterance> quotes = index.utterances();
    if (quotes != null) {
      for (Utterance q : quotes) {
        if (q.begin() <= offset && offset < q.end() && !q.speakers().isEmpty()) {
          return q.speakers();
        }
      }
    }
    // No quote annotator output: find a speech verb with an actor subject, in this sentence, or
    // when the pronoun sits inside quotation marks, in the next or the previous sentence.
    List<String> here = cueSubject(s, speechVerb);
    if (!here.isEmpty()) {
      return here;
    }
    if (insideQuotation(index.text(), offset)) {
      for (int other : new int[] {s + 1, s - 1}) {
        if (other >= 0 && other < index.sentenceCount()) {
          List<String> there = cueSubject(other, speechVerb);
          if (!there.isEmpty()) {
            return there;
          }
        }
      }
    }
    return List.of();
  }

  private List<String> cueSubject(int s, Predicate<String> speechVerb) {
    SemanticGraph g = index.enhanced(s);
    if (g == null) {
      return List.of();
    }
    for (IndexedWord w : g.vertexListSorted()) {
      if (!speechVerb.test(w.lemma())) {
        continue;
      }
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        if (e.getRelation().toString().equals("nsubj")) {
          Mention m = mentionAt(s, e.getDependent());
          if (m != null) {
            return List.of(m.id());
          }
        }
      }
    }
    return List.of();
  }

  /** Whether an odd number of double quotation marks precede {@code offset} in its paragraph. */
  private static boolean insideQuotation(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int marks = 0;
    for (int i = start; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }
}
