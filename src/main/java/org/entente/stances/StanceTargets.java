package org.entente.stances;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.entente.lexicon.StanceLexicon;
import org.entente.reference.Mention;

/**
 * Finds what a stance is about: the actor or alliance nearest the target node in its dependency
 * subtree, so that "a new expansion of NATO" gives NATO and "the provocations of the United States
 * and its satellites" gives the United States. Distance is weighted: the owner or agent of a thing
 * ("China's plan", "of NATO", "by the US") is nearer than where or on what it happens ("on the
 * Ukraine crisis"), so a plan is about its author, not its topic. Conjoined mentions of the found
 * one are targets too ("AUKUS and the Quad").
 */
final class StanceTargets {
  /** Relations not followed: they lead to words about the clause, not to what it is about. */
  private static final Set<String> BLOCKED = Set.of("punct", "cc", "det", "case", "mark", "cop",
      "aux", "aux:pass", "acl:relcl", "parataxis", "advcl", "dep", "ref", "cc:preconj", "advmod",
      "nummod", "discourse");
  /**
   * Where something happens, not whom it is about: "the use of nuclear weapons in Ukraine", "the
   * situation around Taiwan" leave the place out (a place is a target only when named directly).
   */
  private static final Set<String> LOCATIVE = Set.of("nmod:in", "obl:in", "nmod:at", "obl:at",
      "nmod:inside", "nmod:near", "nmod:around", "obl:around", "nmod:across", "nmod:throughout",
      "nmod:off", "nmod:along");
  /** Relations to the owner, agent or kind of a thing: one step. Others cost two. */
  private static final Set<String> NEAR = Set.of("nmod:poss", "nmod:of", "nmod:by", "nmod:agent",
      "obl:agent", "compound", "amod", "appos", "nmod:such_as", "obj", "nsubj", "nmod:from",
      "acl", "flat");
  private static final int MAX_COST = 3;

  private final StanceLexicon lexicon;

  StanceTargets(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the target node is "each other" or "one another". */
  static boolean reciprocal(SemanticGraph g, IndexedWord target) {
    String w = target.word().toLowerCase(Locale.ROOT);
    if (w.equals("another")) {
      return true;
    }
    if (!w.equals("other")) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(target)) {
      if (e.getDependent().word().equalsIgnoreCase("each")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The target ids under {@code node}, nearest first, leaving out the holder's own side (its id,
   * its state, its state's people): a holder praising "Moscow's ties with Beijing" is about
   * Beijing. A holder's own action is no target at all: "Putin defended his invasion of Ukraine"
   * says nothing of Ukraine.
   */
  List<String> find(StanceDoc d, int s, SemanticGraph g, IndexedWord node, String holder,
      StanceHolders holders) {
    String holderState = d.countryOf(holder);
    if (ownAction(d, s, g, node, holder, holderState, holders)) {
      return List.of();
    }
    if (anaphoric(g, node)) {
      // "rejected it", "welcomed the plan": the proposal named just before, by its author.
      return antecedent(d, s, node, holder, holders);
    }
    Map<IndexedWord, Integer> cost = new HashMap<>();
    PriorityQueue<IndexedWord> queue = new PriorityQueue<>(
        (a, b) -> cost.get(a) != cost.get(b).intValue()
            ? Integer.compare(cost.get(a), cost.get(b)) : Integer.compare(a.index(), b.index()));
    cost.put(node, 0);
    queue.add(node);
    int foundCost = -1;
    List<IndexedWord> found = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    Set<IndexedWord> done = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      IndexedWord w = queue.poll();
      if (!done.add(w)) {
        continue;
      }
      int c = cost.get(w);
      if (foundCost >= 0 && c > foundCost) {
        break;
      }
      Mention m = d.mentionAt(s, w);
      String country = m == null ? d.theCountry(s, g, w) : null;
      List<String> here = m != null ? List.of(m.id())
          : country != null ? List.of(country)
          : c == 0 ? holders.plural(d, s, w) : List.of();
      boolean any = false;
      for (String id : here) {
        if (!ownSide(d, id, holder, holderState)) {
          ids.add(id);
          any = true;
        }
      }
      if (any) {
        foundCost = c;
        found.add(w);
        continue;
      }
      if (m != null && c > 0) {
        // The holder's own side: what hangs from it is not the target either, except the other
        // half of a pair ("Russia-China relations", "Sino-Russian ties") for either side.
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
          IndexedWord dep = e.getDependent();
          Mention other = d.mentionAt(s, dep);
          if (e.getRelation().toString().equals("compound") && other != null
              && !ownSide(d, other.id(), holder, holderState) && !done.contains(dep)
              && c < cost.getOrDefault(dep, Integer.MAX_VALUE)) {
            cost.put(dep, c);
            queue.remove(dep);
            queue.add(dep);
          }
        }
        continue;
      }
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        String rel = e.getRelation().toString();
        IndexedWord dep = e.getDependent();
        if (BLOCKED.contains(rel) || LOCATIVE.contains(rel) || done.contains(dep)) {
          continue;
        }
        int next = c + (NEAR.contains(rel) || rel.startsWith("conj") ? 1 : 2);
        if (next <= MAX_COST && next < cost.getOrDefault(dep, Integer.MAX_VALUE)) {
          cost.put(dep, next);
          queue.remove(dep);
          queue.add(dep);
        }
      }
    }
    // Members listed for their alliance stand for it: "AUKUS members Australia, the UK and
    // the US", "the AUKUS alliance - Australia, the UK and the US".
    for (IndexedWord w : found) {
      String alliance = allianceOfMember(d, s, g, w);
      if (alliance != null) {
        return List.of(alliance);
      }
    }
    // Conjuncts of what was found: "AUKUS and the Quad", "Russia and China".
    for (IndexedWord w : found) {
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        if (e.getRelation().toString().startsWith("conj")) {
          Mention m = d.mentionAt(s, e.getDependent());
          if (m != null && !ownSide(d, m.id(), holder, holderState)) {
            ids.add(m.id());
          }
        }
      }
    }
    // The rest of a written list, however the parser attached it: "within ASEAN, the OECD, the
    // WTO and other bodies" is one stance per listed name.
    for (IndexedWord w : found) {
      Mention m = d.mentionAt(s, w);
      if (m != null) {
        for (String id : listedWith(d, s, m)) {
          if (!ownSide(d, id, holder, holderState)) {
            ids.add(id);
          }
        }
      }
    }
    return List.copyOf(ids);
  }

  /** "it", or a proposal noun with a definite article and no modifier naming its author. */
  private boolean anaphoric(SemanticGraph g, IndexedWord node) {
    String word = node.word().toLowerCase(Locale.ROOT);
    if (word.equals("it")) {
      return true;
    }
    if (!lexicon.has("PROPOSAL", node.lemma())) {
      return false;
    }
    boolean definite = false;
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
      if (rel.equals("det")) {
        definite = dep.equals("the") || dep.equals("this") || dep.equals("that");
      } else if (!rel.equals("punct")) {
        return false; // "the peace plan", "the plan by Brazil": it says whose it is, or is new
      }
    }
    return definite;
  }

  /**
   * The author of the last proposal noun before {@code node}, in its sentence or the one before,
   * whose own modifiers name an author ("Beijing's plan", "the plan put forward by China").
   */
  private List<String> antecedent(StanceDoc d, int s, IndexedWord node, String holder,
      StanceHolders holders) {
    for (int k = s; k >= Math.max(0, s - 1); k--) {
      SemanticGraph gk = d.graph(k);
      if (gk == null) {
        continue;
      }
      List<IndexedWord> words = gk.vertexListSorted();
      for (int i = words.size() - 1; i >= 0; i--) {
        IndexedWord w = words.get(i);
        if ((k == s && w.index() >= node.index()) || !lexicon.has("PROPOSAL", w.lemma())
            || anaphoric(gk, w)) {
          continue;
        }
        List<String> ids = find(d, k, gk, w, holder, holders);
        if (!ids.isEmpty()) {
          return ids;
        }
        return List.of(); // the nearest proposal decides, even when its author is unknown
      }
    }
    return List.of();
  }

  /** Words that may separate the items of a list of names. */
  private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or", "the", "as",
      "well", "also", "both", "either");

  /**
   * The names listed together with {@code first}, before or after it, separated only by commas,
   * "and", "or" and articles ("A, B and the C"), when all are of one kind (alliances, states or
   * people) and the list is not followed by a verb (then "and" joined two clauses: "backs A, and B
   * said ..."). Empty when {@code first} stands alone.
   */
  private static List<String> listedWith(StanceDoc d, int s, Mention first) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = d.tokens(s);
    String kind = kindKey(d, first.id());
    List<String> out = new ArrayList<>();
    for (int dir : new int[] {1, -1}) {
      Mention at = first;
      List<String> run = new ArrayList<>();
      boolean clause = false;
      while (true) {
        int t = dir > 0 ? at.tokenEnd() : at.tokenBegin() - 1;
        boolean separated = false;
        Mention next = null;
        while (t >= 0 && t < tokens.size()) {
          String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
          next = d.mentionAt(s, t);
          if (next != null) {
            break;
          }
          if (!LIST_SEPARATORS.contains(word)) {
            break;
          }
          separated |= !word.equals("the");
          t += dir;
        }
        if (next == null || !separated || !kind.equals(kindKey(d, next.id()))) {
          break;
        }
        run.add(next.id());
        at = next;
      }
      if (dir > 0 && !run.isEmpty()) {
        // A verb right after the last name: the "and" joined clauses, not names.
        int after = at.tokenEnd();
        String tag = after < tokens.size() ? tokens.get(after).tag() : "";
        clause = tag != null && (tag.startsWith("VB") || tag.equals("MD"));
      }
      if (!clause) {
        out.addAll(run);
      }
    }
    return out;
  }

  private static String kindKey(StanceDoc d, String id) {
    if (d.isAlliance(id)) {
      return "ALLIANCE";
    }
    return String.valueOf(d.kindOf(id));
  }

  private String allianceOfMember(StanceDoc d, int s, SemanticGraph g, IndexedWord w) {
    // The member itself and, for a later conjunct, the first one that carries the modifiers.
    List<IndexedWord> heads = new ArrayList<>(List.of(w));
    for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
      if (e.getRelation().toString().startsWith("conj")) {
        heads.add(e.getGovernor());
      }
    }
    List<IndexedWord> near = new ArrayList<>();
    for (IndexedWord h : heads) {
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
        if (e.getRelation().toString().equals("compound")) {
          near.add(e.getDependent());
        }
      }
      for (SemanticGraphEdge e : g.incomingEdgeIterable(h)) {
        String rel = e.getRelation().toString();
        if (rel.equals("appos") || rel.equals("dep")) {
          near.add(e.getGovernor());
        }
      }
    }
    for (IndexedWord n : new ArrayList<>(near)) {
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
        if (e.getRelation().toString().equals("compound")) {
          near.add(e.getDependent());
        }
      }
    }
    for (IndexedWord n : near) {
      Mention m = d.mentionAt(s, n);
      if (m != null && d.isAlliance(m.id())) {
        return m.id();
      }
    }
    return listedAfter(d, s, w);
  }

  /**
   * The function words and punctuation that may stand between an alliance's name and the list of
   * its members; the content words are the lexicon's LIST_GLUE class.
   */
  private static final Set<String> LIST_PUNCTUATION = Set.of("the", "of", ",", "and", "-", "--",
      "\u2013", "\u2014", "(", "-LRB-", ":");
  private static final Set<String> LIST_OPENERS = Set.of("-", "--", "\u2013", "\u2014", "(",
      "-LRB-", ":");

  /**
   * The alliance whose member list {@code w} belongs to when the text lists members right after
   * the alliance's name ("the AUKUS alliance - Australia, the UK and the US"), or null.
   */
  private String listedAfter(StanceDoc d, int s, IndexedWord w) {
    Mention member = d.mentionAt(s, w);
    if (member == null) {
      return null;
    }
    List<edu.stanford.nlp.ling.CoreLabel> tokens = d.tokens(s);
    for (Mention a : d.mentionsIn(s)) {
      if (!d.isAlliance(a.id()) || a.tokenEnd() > member.tokenBegin()
          || !d.alliances.get(a.id()).members().contains(member.id())) {
        continue;
      }
      boolean opened = false;
      boolean glued = true;
      for (int t = a.tokenEnd(); t < member.tokenBegin() && glued; t++) {
        String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
        Mention between = d.mentionAt(s, t);
        opened |= LIST_OPENERS.contains(word);
        glued = LIST_PUNCTUATION.contains(word) || lexicon.has("LIST_GLUE", word)
            || (between != null
            && d.alliances.get(a.id()).members().contains(between.id()));
      }
      if (opened && glued && member.tokenBegin() - a.tokenEnd() <= 12) {
        return a.id();
      }
    }
    return null;
  }

  /** "his invasion", "Russia's war" for a Russian holder; relations ("Moscow's ties") excepted. */
  private boolean ownAction(StanceDoc d, int s, SemanticGraph g, IndexedWord node, String holder,
      String holderState, StanceHolders holders) {
    if (lexicon.has("MUTUAL", node.lemma()) || d.mentionAt(s, node) != null) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
      if (e.getRelation().toString().equals("nmod:poss")) {
        Mention m = d.mentionAt(s, e.getDependent());
        if (m != null && ownSide(d, m.id(), holder, holderState)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean ownSide(StanceDoc d, String id, String holder, String holderState) {
    if (id.equals(holder)) {
      return true;
    }
    return holderState != null && holderState.equals(d.countryOf(id));
  }
}
