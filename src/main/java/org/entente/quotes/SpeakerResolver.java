package org.entente.quotes;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.entente.reference.BackReferences;
import org.entente.reference.Entity;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;
import org.entente.reference.NationalBodies;
import org.entente.lexicon.QuoteRules;
import org.entente.lexicon.ReportedLexicon;

/**
 * Finds who said something from a speech cue's subject: a named actor, a title or pronoun already
 * resolved by the actor annotator, several actors joined by "and", a group ("the two leaders"),
 * or an unnamed source ("a Kremlin aide" becomes {@code kremlin-aide}). One per document; it
 * remembers the last group of speakers so that "they" can refer to it.
 */
final class SpeakerResolver {
  private final DocView v;
  private final QuoteRules rules;
  private final CueFinder cues;
  private final NationalBodies bodies;
  /** The training counts that decide which common nouns speak as unnamed sources. */
  private final ReportedLexicon lexicon = ReportedLexicon.get();
  /** How many PolNeAR train sources a common noun must head to speak as an unnamed source. */
  private static final int MIN_SOURCES = 3;
  private List<String> lastGroup = List.of();
  /**
   * Whether a bare "the statement" looks back for an earlier document's issuer. Off for direct
   * quotations, whose own fallback (the subject of the sentence before) already reads that
   * context and credits the parties a joint statement quotes rather than its signatories.
   */
  private boolean issuerLookBack;
  /** Whether a cue subject that is a description naming no actor is an unnamed source. */
  private boolean describedSources;
  /** The unnamed sources named by a description of {@code source-nouns.txt}. */
  private final Set<String> describedIds = new java.util.HashSet<>();
  private String lastCollective;
  /** The unnamed sources this document's cues named, by id, and where. */
  private final Map<String, Entity> anonymous = new LinkedHashMap<>();
  private final List<Mention> anonymousMentions = new ArrayList<>();
  /** Mentions of speakers where the actor stage saw none (see {@link #noteMention}). */
  private final List<Mention> resolvedMentions = new ArrayList<>();

  /** Words that make a plural group an open set of speakers not named before. */
  private static final Set<String> OPEN_QUANTIFIERS = Set.of("some", "other", "many", "several",
      "few", "most", "various", "numerous", "certain", "more", "another");
  // Tag and word classes the speaker rules test per token: compiled once, not per call.
  private static final Pattern FORMER_LATTER = Pattern.compile("former|latter");
  private static final Pattern SINGULAR_NOUN = Pattern.compile("NNP?");
  private static final Pattern GOVERNING = Pattern.compile("IN|TO|DT|POS|CC|,|PRP\\$");
  private static final Pattern DETERMINING = Pattern.compile("DT|PRP\\$|POS|CD");
  private static final Pattern COUNTING = Pattern.compile("JJS|JJR|RB.*|DT|CD|PRP\\$|WDT|POS");
  private static final Pattern POST_MODIFYING = Pattern.compile("JJ|RB|VBN");

  /**
   * Determiners that make a noun phrase definite, referring back to what the text named before:
   * the article and the demonstratives ("the sources", "those officials", "this minister").
   */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /**
   * Determiners of a group named before: the definite ones and those of a whole ("both sides",
   * "all leaders", "each side").
   */
  private static final Set<String> GROUP_DEFINITE = ImmutableSet.<String>builder()
      .addAll(DEFINITE).add("both", "all", "each").build();

  SpeakerResolver(DocView v, QuoteRules rules, CueFinder cues, NationalBodies bodies) {
    this.bodies = bodies;
    this.v = v;
    this.rules = rules;
    this.cues = cues;
  }

  /** The attribution of a speech-cue verb, or null when its subject names no speaker. */
  Attribution fromCue(int s, IndexedWord verb) {
    // Several subjects happen on a bad parse: the first one that names a speaker wins.
    for (IndexedWord subject : subjects(s, verb)) {
      Attribution a = speakersOf(s, subject, tokenSpan(s, verb));
      if (a != null) {
        // "Marsh, who said ...", "a statement that said ...": the enhanced parse gives the noun
        // as the subject; the relative pronoun of the basic parse names the speaker speaking.
        for (IndexedWord rel : v.children(s, verb, "nsubj")) {
          if (rel.index() != subject.index() && v.tag(s, rel.index() - 1).matches("WP|WDT")) {
            notedAt(a, s, rel.index() - 1);
          }
        }
        return new Attribution(a.speakers(), a.route(), a.cueBegin(), a.cueEnd(),
            addressee(s, verb), null);
      }
    }
    Attribution hung = depHung(s, verb);
    if (hung != null) {
      return hung;
    }
    // "'...,' said the president of Peru": the parser takes the inverted subject of a cue
    // after its content for an object; a telling verb's object is its addressee instead.
    if (subjects(s, verb).isEmpty() && !telling(s, verb)
        && v.children(s, verb, "ccomp").stream().anyMatch(c -> c.index() < verb.index())) {
      for (IndexedWord o : v.children(s, verb, "obj")) {
        Attribution a = o.index() > verb.index() ? speakersOf(s, o, tokenSpan(s, verb)) : null;
        if (a != null && !a.route().equals("SUBJECT_PHRASE")) {
          return a;
        }
      }
    }
    // "signed a statement saying ...", "a letter warning ...": a cue that modifies a document
    // noun has no subject of its own; the document speaks for its issuer. "with Lopez saying
    // ...": the actor it modifies speaks.
    IndexedWord noun = v.parent(s, verb);
    // (not a relative clause's verb: "the palace, which was praised by ..." has a subject)
    if (noun != null && v.relation(s, verb).equals("acl")
        && v.tag(s, noun.index() - 1).startsWith("NN")) {
      boolean document = rules.isDocument(v.lemma(s, noun.index() - 1));
      boolean named = v.mentionAt(s, noun.index() - 1) != null
          || FORMER_LATTER.matcher(noun.word().toLowerCase(Locale.ROOT)).matches();
      Attribution a = document || named ? speakersOf(s, noun, tokenSpan(s, verb)) : null;
      if (a != null && (document ? a.route().equals("DOCUMENT")
          : !a.route().equals("SUBJECT_PHRASE"))) {
        return a;
      }
    }
    // "Calling him a 'dear friend,' Olsen thanked Berg": the parser may hang the opening
    // participle from the root or the quotation; the clause after it holds the subject it
    // shares.
    if (verb.index() == 1 && v.tag(s, verb.index() - 1).equals("VBG")
        && subjects(s, verb).isEmpty()) {
      for (int k = verb.index(); k < v.tokens.get(s).size(); k++) {
        IndexedWord w = v.node(s, k);
        IndexedWord up = w == null ? null : v.parent(s, w);
        if (up != null && v.relation(s, w).startsWith("nsubj")
            && v.tag(s, up.index() - 1).startsWith("VB")) {
          Attribution a = speakersOf(s, w, tokenSpan(s, verb));
          return a == null || a.route().equals("SUBJECT_PHRASE") ? null : a;
        }
      }
    }
    // "the plan was praised by the premier as '...'": a passive cue's agent.
    if (!v.children(s, verb, "aux:pass").isEmpty()) {
      for (IndexedWord agent : v.children(s, verb, "obl")) {
        if (hasCase(s, agent, "by")) {
          Attribution a = speakersOf(s, agent, tokenSpan(s, verb));
          if (a != null && !a.route().equals("SUBJECT_PHRASE")) {
            return new Attribution(a.speakers(), a.route(), a.cueBegin(), a.cueEnd(), null,
                null);
          }
        }
      }
    }
    return null;
  }

  /**
   * "Ruiz thanked the premier, adding that ...", "Ruiz, who chairs the panel, also noted that
   * ...": the parser often hangs a speech cue after a comma from the clause before it, or from
   * the speaker's name, by a bare {@code dep} (33 of the 296 PolNeAR train reported-speech
   * misses whose content was read). The subject of that clause, or the named actor itself,
   * speaks; null when it names no speaker.
   */
  private Attribution depHung(int s, IndexedWord verb) {
    if (!subjects(s, verb).isEmpty()) {
      return null;
    }
    IndexedWord w = verb;
    // "rushing to TV to say": climb the cue's own control chain to the word hung by dep
    for (int hop = 0; hop < 3 && v.relation(s, w).equals("xcomp"); hop++) {
      w = v.parent(s, w);
    }
    IndexedWord host = w == null || !v.relation(s, w).equals("dep") || w.index() < 2
        || !v.tag(s, w.index() - 1).startsWith("VB") ? null : v.parent(s, w);
    if (host == null || host.index() > w.index()) {
      return null;
    }
    int[] cue = tokenSpan(s, verb);
    String tag = v.tag(s, host.index() - 1);
    if (tag.startsWith("NN")) {
      Mention m = v.mentionAt(s, host.index() - 1);
      Entity e = m == null ? null : v.entities.get(m.id());
      return e == null || e.kind() != EntityKind.PERSON ? null
          : new Attribution(List.of(e.id()), route(m.via()), cue[0], cue[1],
              addressee(s, verb), null);
    }
    if (!tag.startsWith("VB") && !tag.startsWith("JJ")) {
      return null;
    }
    for (IndexedWord subject : subjects(s, host)) {
      Attribution a = speakersOf(s, subject, cue);
      if (a != null && !a.route().equals("SUBJECT_PHRASE")) {
        return new Attribution(a.speakers(), a.route(), a.cueBegin(), a.cueEnd(),
            addressee(s, verb), null);
      }
    }
    return null;
  }

  /**
   * The actor a conjunct names itself or after its title ("the trade minister, Ben Ota", "his
   * counterpart Ben Ota").
   */
  private String namedOrApposed(int s, IndexedWord w) {
    Mention m = v.mentionAt(s, w.index() - 1);
    if (m != null) {
      return m.id();
    }
    // "his Danish counterpart Ben Ota": the name after the title, in apposition or, on
    // a loose parse, as a bare dependent
    for (String rel : List.of("appos", "dep")) {
      for (IndexedWord c : v.children(s, w, rel)) {
        Mention am = c.index() > w.index() ? v.mentionAt(s, c.index() - 1) : null;
        if (am != null) {
          return am.id();
        }
      }
    }
    return null;
  }

  /**
   * A cue whose subject is a noun phrase no rule resolves: a name the actor stage does not know
   * ("Harbor Analytics says") speaks as an organisation of that name; a common noun that heads
   * sources in PolNeAR's train split ("the company said", "42% say", "voters say") as an unnamed
   * source with its description as mention. Null for anything else, and for a definite
   * description of a person or state ("the minister said", "the ministers said"), which refers
   * back to someone the text named and so is the back-reference rules' to resolve. The head
   * noun must have headed {@link #MIN_SOURCES} sources of the training articles.
   */
  Attribution unnamedSubject(int s, IndexedWord verb) {
    for (IndexedWord subject : subjects(s, verb)) {
      String speaker = unnamed(s, subject, MIN_SOURCES);
      if (speaker != null) {
        int[] cue = tokenSpan(s, verb);
        return new Attribution(List.of(speaker), "ANONYMOUS", cue[0], cue[1],
            addressee(s, verb), null);
      }
    }
    return null;
  }

  /**
   * {@link #unnamedSubject} for a direct quotation's governing cue ("the town released a
   * statement saying ... “...”"): a subject no other rule resolved that heads sources in
   * PolNeAR's train split speaks as an unnamed source rather than leave the quotation to a
   * guess among the actors nearby; a document noun ("the statement said") is left to the rules
   * that read its issuer.
   */
  Attribution unnamedSpeaker(int s, IndexedWord verb) {
    for (IndexedWord subject : subjects(s, verb)) {
      if (rules.isDocument(v.lemma(s, subject.index() - 1))) {
        return null;
      }
    }
    return unnamedSubject(s, verb);
  }

  /**
   * The unnamed speaker a noun phrase headed by {@code head} names, as {@link #unnamedSubject}
   * decides for a cue's subject ("according to F.A.A. records", "according to Harbor
   * Analytics"), with the cue's offsets {@code cue}; or null.
   */
  Attribution unnamedPhrase(int s, IndexedWord head, int[] cue) {
    return unnamedAttribution(s, head, cue, MIN_SOURCES);
  }

  /**
   * {@link #unnamedPhrase} for the phrase of "according to": the phrase makes its noun a source,
   * whatever the noun ("according to one global index", "a court filing"), so no count of
   * training sources is asked for.
   */
  Attribution accordingToPhrase(int s, IndexedWord head, int[] cue) {
    return unnamedAttribution(s, head, cue, 0);
  }

  private Attribution unnamedAttribution(int s, IndexedWord head, int[] cue, int minSources) {
    String speaker = unnamed(s, head, minSources);
    return speaker == null ? null : attribution(List.of(speaker), "ANONYMOUS", cue);
  }

  /**
   * The id of the unnamed speaker headed by {@code head}, or null; a common noun speaks so when
   * it headed at least {@code minSources} sources of the training articles.
   */
  private String unnamed(int s, IndexedWord head, int minSources) {
    int h = head.index() - 1;
    String tag = v.tag(s, h);
    String id = anonymousId(s, head);
    if (id.isEmpty() || v.mentionAt(s, h) != null) {
      return null;
    }
    String office = personsOffice(s, head);
    if (office != null) {
      return office;
    }
    if (tag.startsWith("NNP") && NAMED_BODY.contains(v.token(s, h).ner())
        && !refersBack(v.lemma(s, h))) {
      int first = describedFrom(s, head);
      String name = v.text.substring(v.token(s, first).beginPosition(),
          v.token(s, h).endPosition());
      anonymous.putIfAbsent(id, new Entity(id, name, EntityKind.ORGANIZATION, null, null,
          false));
      noteMention(id, s, first, h + 1, Mention.Via.NAME);
      return id;
    }
    if (tag.equals("NNPS") && !refersBack(v.lemma(s, h).toLowerCase(Locale.ROOT))
        || share(s, head) || QUANTIFIER_HEADS.contains(head.word().toLowerCase(Locale.ROOT))) {
      // "Democrats say", "six in 10 say", "some said": a set of people the text does not name
      // (46 of the 296 PolNeAR train reported-speech misses whose content was read)
      return anonymous(s, head);
    }
    if ((tag.equals("NN") || tag.equals("NNS") || tag.equals("CD"))
        && lexicon.sourceCount(v.lemma(s, h)) >= minSources
        && !(definite(s, head) && refersBack(v.lemma(s, h)))) {
      return anonymous(s, head);
    }
    return null;
  }

  /**
   * "Members of the coalition said", "members of Congress say": members of a body the text names
   * speak as that body, not as an unnamed group called "members"; the organisation's id, or null
   * when the noun is no plural "members" or its "of" phrase is headed by no organisation.
   */
  private String memberOf(int s, IndexedWord head) {
    int h = head.index() - 1;
    if (!v.lemma(s, h).equalsIgnoreCase("member") || !v.tag(s, h).equals("NNS")) {
      return null; // "a member of the panel" is one person
    }
    for (IndexedWord of : v.children(s, head, "nmod")) {
      if (v.children(s, of, "case").stream().noneMatch(c -> c.word().equalsIgnoreCase("of"))) {
        continue;
      }
      // the body the phrase is headed by, not one named inside it ("members of a House panel")
      Mention m = nearestInside(s, of);
      int t = of.index() - 1;
      if (m != null && (t < m.tokenBegin() || t >= m.tokenEnd())) {
        m = null;
      }
      Entity e = m == null ? null : v.entities.get(m.id());
      if (e != null && e.kind() == EntityKind.ORGANIZATION) {
        return e.id();
      }
    }
    return null;
  }

  /** Quantifiers that head a subject of their own ("some said", "many say"). */
  private static final Set<String> QUANTIFIER_HEADS = Set.of("some", "many", "most");

  /** Whether a number heads a share of people ("six in 10", "nine out of 10"). */
  private boolean share(int s, IndexedWord head) {
    if (!v.tag(s, head.index() - 1).equals("CD")) {
      return false;
    }
    for (IndexedWord n : v.children(s, head, "nmod")) {
      if (n.index() > head.index() && v.tag(s, n.index() - 1).equals("CD")
          && (hasCase(s, n, "in") || hasCase(s, n, "of"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * NER classes of a proper-noun subject that may speak as an organisation of that name; not a
   * capitalised title ("The US President", NER O), which refers back to its holder.
   */
  private static final Set<String> NAMED_BODY = Set.of("ORGANIZATION", "MISC");

  /**
   * Whether a definite description with this head refers back to people or states the text
   * named ("the minister", "the two leaders", "the country"): the words of the speaker-group and
   * unnamed-source lists. Other definite heads ("the company", "the agency") speak as what they
   * name.
   */
  private boolean refersBack(String lemma) {
    return rules.groupKind(lemma) != null || rules.isAnonymousSource(lemma);
  }

  /** Whether a noun is made definite: a {@link #DEFINITE} determiner or a possessor. */
  private boolean definite(int s, IndexedWord noun) {
    return !v.children(s, noun, "nmod:poss").isEmpty() || definiteDeterminer(s, noun);
  }

  /** Whether a noun has a {@link #DEFINITE} determiner. */
  private boolean definiteDeterminer(int s, IndexedWord noun) {
    return v.children(s, noun, "det").stream()
        .anyMatch(d -> DEFINITE.contains(d.word().toLowerCase(Locale.ROOT)));
  }

  /** Lets a bare document noun take the issuer of a document named just before (see field). */
  void lookBackForIssuers(boolean on) {
    issuerLookBack = on;
  }

  /**
   * Lets a description naming no actor ("the editorial board wrote", "one commenter wrote") be
   * the speaker, as an unnamed source: on for direct quotations, whose words someone said even
   * when the text names them only so; else the rules find no speaker and a later guess credits
   * a person named nearby.
   */
  void nameDescribedSources(boolean on) {
    describedSources = on;
  }

  /** Remembers a resolved attribution, for "they" and "it" later on. */
  void remember(Attribution a) {
    if (a.speakers().size() > 1) {
      lastGroup = a.speakers();
    }
    if (a.speakers().size() == 1) {
      Entity e = entity(a.speakers().get(0));
      // A described source that is no person ("the newspaper") is what a later "it" speaks for.
      if (e != null && (e.kind() != EntityKind.PERSON || describedIds.contains(e.id()))) {
        lastCollective = e.id();
      }
    }
  }

  /** The subjects of {@code verb}, climbing conjunctions and control verbs; maybe none. */
  List<IndexedWord> subjects(int s, IndexedWord verb) {
    IndexedWord w = verb;
    for (int hop = 0; hop < 4 && w != null; hop++) {
      List<IndexedWord> found = new ArrayList<>();
      for (IndexedWord c : v.enhancedChildren(s, w, "nsubj")) {
        if (!v.relationIsPassive(s, w, c) || quotedAuxiliary(s, w)) {
          found.add(v.node(s, c.index() - 1));
        }
      }
      if (!found.isEmpty()) {
        // "Talking to a news agency, Ruiz said": of two subjects on a bad parse, a name
        // first, then the one nearer the verb.
        // A conjunct of another subject ("Ruiz and Ota said") is read with its head.
        found.removeIf(a -> found.stream().anyMatch(b -> b.index() != a.index()
            && v.children(s, b, "conj").stream().anyMatch(c -> c.index() == a.index())));
        int at = w.index();
        found.sort(java.util.Comparator.comparing((IndexedWord a) -> !named(s, a))
            .thenComparingInt(a -> Math.abs(a.index() - at)));
        return found;
      }
      String rel = v.relation(s, w);
      if (!(rel.equals("conj") || rel.equals("xcomp") || rel.startsWith("advcl")
          || rel.equals("acl") || rel.equals("parataxis") && hop > 0)) {
        return List.of();
      }
      w = v.parent(s, w);
    }
    return List.of();
  }

  /** Whether a word is an actor's mention or a name NER gives to a person. */
  private boolean named(int s, IndexedWord w) {
    return v.mentionAt(s, w.index() - 1) != null || "PERSON".equals(v.token(s, w.index() - 1)
        .ner());
  }

  /**
   * A parser slip on "'... glad to be back,' Lopez said": the quotation's "be" read as the
   * passive auxiliary of the cue after it. A closing quotation mark between the auxiliary and
   * the verb shows the subject is the active speaker.
   */
  private boolean quotedAuxiliary(int s, IndexedWord verb) {
    for (IndexedWord aux : v.children(s, verb, "aux:pass")) {
      for (int t = aux.index(); t < verb.index() - 1; t++) {
        String w = v.token(s, t).word();
        if (w.equals("''") || w.equals("”") || w.equals("\"")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The speakers named by the noun phrase headed by {@code head}, or null. */
  Attribution speakersOf(int s, IndexedWord head, int[] cue) {
    int t = head.index() - 1;
    Mention m = v.mentionAt(s, t);
    String body = m != null && m.via() == Mention.Via.PRONOUN
        && head.word().equalsIgnoreCase("it") ? ownBody(s, t, m.id()) : null;
    if (body != null) {
      return notedAt(attribution(List.of(body), "PRONOUN", cue), s, t);
    }
    if (m != null) {
      Set<String> ids = new LinkedHashSet<>();
      ids.add(m.id());
      for (IndexedWord c : v.children(s, head, "conj")) {
        String other = namedOrApposed(s, c);
        if (other != null) {
          ids.add(other);
        }
      }
      return attribution(List.copyOf(ids), route(m.via()), cue);
    }
    // "Peru's Consul General in Lyon Rosa Quispe said": a name NER reads as a person, set
    // after the title (apposition, or a loose dependent on a bad parse).
    boolean apposedActor = v.children(s, head, "appos").stream()
        .anyMatch(x -> v.mentionAt(s, x.index() - 1) != null);
    for (String rel : apposedActor ? List.<String>of() : List.of("appos", "dep")) {
      for (IndexedWord c : v.children(s, head, rel)) {
        String person = v.mentionAt(s, c.index() - 1) == null && c.index() > head.index()
            ? unknownPerson(s, c) : null;
        if (person != null) {
          return attribution(List.of(person), "APPOSITION", cue);
        }
      }
    }
    for (IndexedWord c : v.children(s, head, "appos")) {
      Mention am = v.mentionAt(s, c.index() - 1);
      if (am != null) {
        // "The foreign minister, Ana Ruiz, and the trade minister, Ben Ota, said": each
        // conjoined description names its holder in apposition; all of them speak.
        Set<String> ids = new LinkedHashSet<>();
        ids.add(am.id());
        for (IndexedWord conj : v.children(s, head, "conj")) {
          String other = namedOrApposed(s, conj);
          if (other != null) {
            ids.add(other);
          }
        }
        return attribution(List.copyOf(ids), "APPOSITION", cue);
      }
    }
    String word = head.word().toLowerCase(Locale.ROOT);
    String lemma = v.lemma(s, t).toLowerCase(Locale.ROOT);
    String tag = v.tag(s, t);
    String office = personsOffice(s, head);
    if (office != null) {
      return attribution(List.of(office), "CUE_SUBJECT", cue);
    }
    if (tag.equals("WP") && (word.equals("who") || word.equals("which"))) {
      // "officials, who said ...": the relative pronoun speaks for the noun its clause modifies
      IndexedWord verb = v.parent(s, head);
      // (or "Cruz, who said ...", the clause hung from the name by a bare dep on a loose parse)
      IndexedWord noun = verb == null || !(v.relation(s, verb).startsWith("acl")
          || v.relation(s, verb).equals("dep")) ? null : v.parent(s, verb);
      // (so hung, only a cue with a clause of its own: "Lopez, who said nothing, left early")
      noun = noun != null && v.relation(s, verb).equals("dep") && (noun.index() > head.index()
          || !v.tag(s, noun.index() - 1).startsWith("NN")
          || v.children(s, verb, "ccomp").isEmpty()) ? null : noun;
      return noun == null || noun.index() == head.index() ? null
          : notedAt(speakersOf(s, noun, cue), s, t);
    }
    if (tag.equals("PRP")) {
      String antecedent = word.equals("it") ? subjectAntecedent(s, t) : null;
      if (antecedent != null) {
        return notedAt(attribution(List.of(antecedent), "PRONOUN", cue), s, t);
      }
      if (word.equals("it") && lastCollective != null) {
        return notedAt(attribution(List.of(lastCollective), "PRONOUN", cue), s, t);
      }
      if (word.equals("he") || word.equals("she")) {
        String id = personBefore(s, t, word.equals("she"));
        if (id != null) {
          noteMention(id, s, t, t + 1, Mention.Via.PRONOUN);
          return attribution(List.of(id), "PRONOUN", cue);
        }
      }
      String kind = rules.groupKind(word);
      List<String> group = kind == null ? List.of() : group(s, t, kind);
      return group.size() > 1 ? notedAt(attribution(group, "PRONOUN", cue), s, t) : null;
    }
    if ((word.equals("former") || word.equals("latter")) && definiteDeterminer(s, head)) {
      // "both Ruiz and Ota praised ..., with the former calling them '...'"
      List<String> pair = conjoinedPeople(s, head.index());
      if (pair.size() > 1) {
        String id = word.equals("former") ? pair.get(0) : pair.get(pair.size() - 1);
        noteMention(id, s, describedFrom(s, head), t + 1, Mention.Via.PRONOUN);
        return attribution(List.of(id), "PRONOUN", cue);
      }
    }
    String kind = rules.groupKind(lemma);
    if (kind != null && (tag.equals("NNS") || tag.equals("NNPS"))) {
      if (openGroup(s, head)) {
        // "some protest leaders said", "other Asian leaders said": a set of speakers the text
        // does not name, not the last two named before.
        return attribution(List.of(anonymous(s, head)), "ANONYMOUS", cue);
      }
      List<String> group = group(s, t, kind);
      if (group.size() > 1) {
        return attribution(group, "GROUP", cue);
      }
    }
    String governed = "government".equals(lemma) && tag.equals("NN") ? stateInside(s, head)
        : null;
    if (governed != null) {
      // "The Canadian government said", "the government in Ottawa said": the state speaks
      noteMention(governed, s, describedFrom(s, head), t + 1, Mention.Via.TITLE);
      return attribution(List.of(governed), "TITLE", cue);
    }
    if ("STATE".equals(kind) && tag.equals("NN") && definiteDeterminer(s, head)) {
      String state = stateBefore(s, t, lemma);
      if (state != null) {
        noteMention(state, s, describedFrom(s, head), t + 1, Mention.Via.TITLE);
        return attribution(List.of(state), "TITLE", cue);
      }
    }
    if (rules.isAnonymousSource(lemma)) {
      String holder = namedHolder(s, head);
      if (holder == null) {
        holder = namedNext(s, head);
      }
      if (holder == null && definiteDeterminer(s, head)) {
        TitledUse use = titledBefore(s, head);
        if (use != null && use.unnamed()) {
          // "an aide told the paper. Later the aide said ...": the unnamed source again
          return attribution(List.of(anonymous(s, head)), "ANONYMOUS", cue);
        }
        holder = use == null ? null : use.person();
      }
      if (holder != null) {
        noteMention(holder, s, describedFrom(s, head), t + 1, Mention.Via.TITLE);
        return attribution(List.of(holder), "APPOSITION", cue);
      }
      String earlier = v.index.backReferences().describedPerson(s, head);
      if (earlier != null) {
        noteMention(earlier, s, describedFrom(s, head), t + 1, Mention.Via.TITLE);
        return attribution(List.of(earlier), "TITLE", cue);
      }
      return attribution(List.of(anonymous(s, head)), "ANONYMOUS", cue);
    }
    if (rules.isDocument(lemma) && !tag.startsWith("NNP")) {
      List<String> issuer = document(s, head);
      if (issuer.isEmpty()) {
        return null;
      }
      // The document speaks for its issuer: its phrase is the words that name them as speaking.
      int from = describedFrom(s, head);
      issuer.forEach(id -> noteMention(id, s, from, t + 1, Mention.Via.TITLE));
      return attribution(issuer, "DOCUMENT", cue);
    }
    String named = unknownPerson(s, head);
    if (named != null) {
      return attribution(List.of(named), "CUE_SUBJECT", cue);
    }
    Mention inside = nearestInside(s, head);
    if (inside != null && describedSources && onlyStatePossessor(s, head, inside)
        && DescribedSource.is(v, rules, s, head)) {
      // "Norway's state media said": the state owns the source, it does not speak in its stead
      inside = null;
    }
    if (inside == null && describedSources && DescribedSource.is(v, rules, s, head)) {
      String organisation = DescribedSource.organisationBefore(v, resolvedMentions, s, t);
      if (organisation == null) {
        organisation = describedBody(s, head);
      }
      if (organisation != null) {
        noteMention(organisation, s, describedFrom(s, head), t + 1, Mention.Via.TITLE);
        return attribution(List.of(organisation), "TITLE", cue);
      }
      String described = anonymous(s, head);
      describedIds.add(described);
      return attribution(List.of(described), "ANONYMOUS", cue);
    }
    String current = inside == null && describedSources ? describedSpeaker(s, head) : null;
    if (current != null) {
      noteMention(current, s, describedFrom(s, head), t + 1, Mention.Via.TITLE);
      return attribution(List.of(current), "TITLE", cue);
    }
    String holder = inside == null ? null : officeHolder(s, head, inside);
    if (holder != null) {
      noteMention(holder, s, describedFrom(s, head), t + 1, Mention.Via.TITLE);
      return attribution(List.of(holder), "TITLE", cue);
    }
    return inside == null ? null : attribution(List.of(inside.id()), "SUBJECT_PHRASE", cue);
  }

  /**
   * The one state a government's phrase names ("the Canadian government", "Canada's
   * government", "the government of Canada", "the government in Ottawa"), or null when it names
   * none or several.
   */
  private String stateInside(int s, IndexedWord head) {
    int[] span = v.subtree(s, head);
    String state = null;
    for (int k = span[0]; k <= span[1]; k++) {
      Mention m = v.mentionAt(s, k);
      Entity e = m == null ? null : v.entities.get(m.id());
      if (e == null) {
        continue;
      }
      if (e.kind() != EntityKind.STATE || state != null && !state.equals(e.id())) {
        return null;
      }
      state = e.id();
    }
    return state;
  }

  /** How many sentences back a speaking "it" looks for the subject it stands for. */
  private static final int IT_WINDOW = 2;

  /**
   * "The Norwegian foreign ministry summoned the envoy. It said ...": what a speaking "it"
   * continues, the subject of the nearest main clause before it within {@link #IT_WINDOW}
   * sentences: a body the actor stage or the speaker rules named, a state's body the text names
   * unqualified, or the state a government's phrase names. Null when that subject is anything
   * else (a person, a plural, a document): "it" is then no safe continuation of it. A subject
   * inside a clause ("... said Russia was ...") is the reported one's, not the text's topic.
   */
  private String subjectAntecedent(int s, int t) {
    for (int p = s; p >= 0 && p >= s - IT_WINDOW; p--) {
      for (int k = p == s ? t - 1 : v.tokens.get(p).size() - 1; k >= 0; k--) {
        IndexedWord w = v.node(p, k);
        IndexedWord clause = w == null || !v.relation(p, w).startsWith("nsubj") ? null
            : v.parent(p, w);
        if (clause == null || !mainClause(p, clause)) {
          continue;
        }
        Mention m = v.mentionAt(p, k);
        if (m == null) {
          int at = k;
          int sentence = p;
          m = resolvedMentions.stream().filter(r -> r.sentence() == sentence
              && r.tokenBegin() <= at && at < r.tokenEnd()).findFirst().orElse(null);
        }
        Entity e = m == null ? null : entity(m.id());
        if (e != null || v.tag(p, k).endsWith("S") || v.tag(p, k).startsWith("PRP")) {
          return e == null || e.kind() == EntityKind.PERSON ? null : e.id();
        }
        if ("government".equalsIgnoreCase(v.lemma(p, k))) {
          return stateInside(p, w);
        }
        // "its foreign ministry summoned ...": a state's body the text names unqualified
        return nearestInside(p, w) == null ? describedBody(p, w) : null;
      }
    }
    return null;
  }

  /** Whether a word heads its sentence's main clause or a clause conjoined to it. */
  private boolean mainClause(int s, IndexedWord w) {
    IndexedWord x = w;
    for (int hop = 0; hop < 3 && x != null; hop++) {
      if (v.parent(s, x) == null) {
        return true;
      }
      if (!v.relation(s, x).equals("conj")) {
        return false;
      }
      x = v.parent(s, x);
    }
    return false;
  }

  /**
   * "Pakistan's foreign ministry said ..., stating it ...": a speaking "it" the actor stage
   * resolved to a state stands for that state's body when the subject it continues is the
   * body ({@link #subjectAntecedent}); null otherwise.
   */
  private String ownBody(int s, int t, String id) {
    Entity state = v.entities.get(id);
    if (state == null || state.kind() != EntityKind.STATE) {
      return null;
    }
    String antecedent = subjectAntecedent(s, t);
    Entity body = antecedent == null ? null : entity(antecedent);
    return body != null && body.kind() == EntityKind.ORGANIZATION && id.equals(body.country())
        ? antecedent : null;
  }

  /** How many sentences back "the former" looks for the pair it picks from. */
  private static final int FORMER_WINDOW = 2;

  /**
   * The people last conjoined before word {@code index} of sentence s, or in the
   * {@link #FORMER_WINDOW} sentences before ("Ruiz and her counterpart Ota"), in text order.
   */
  private List<String> conjoinedPeople(int s, int index) {
    for (int p = s; p >= 0 && p >= s - FORMER_WINDOW; p--) {
      List<String> best = List.of();
      for (int k = 0; k < (p == s ? index - 1 : v.tokens.get(p).size()); k++) {
        IndexedWord w = v.node(p, k);
        List<IndexedWord> conj = w == null ? List.of() : v.children(p, w, "conj");
        String first = conj.isEmpty() ? null : namedOrApposed(p, w);
        if (first == null || !person(first)) {
          continue;
        }
        List<String> ids = new ArrayList<>(List.of(first));
        for (IndexedWord c : conj) {
          String other = namedOrApposed(p, c);
          if (other != null && person(other) && !ids.contains(other)) {
            ids.add(other);
          }
        }
        if (ids.size() > 1) {
          best = ids;
        }
      }
      if (!best.isEmpty()) {
        return best;
      }
    }
    return List.of();
  }

  private boolean person(String id) {
    Entity e = entity(id);
    return e != null && e.kind() == EntityKind.PERSON;
  }

  /** How many sentences back "the government" looks for the government it refers to. */
  private static final int SAME_NOUN_WINDOW = 5;

  /**
   * "The Chilean government has ... The government said": the state a definite "the
   * government" (a state word of the speaker-group list) refers back to, the one whose name or
   * demonym modified the same noun last, within {@link #SAME_NOUN_WINDOW} sentences before
   * token t of sentence s; null when there is none.
   */
  private String stateBefore(int s, int t, String lemma) {
    for (int p = s; p >= 0 && p >= s - SAME_NOUN_WINDOW; p--) {
      for (int k = p == s ? t - 1 : v.tokens.get(p).size() - 1; k >= 0; k--) {
        IndexedWord w = v.node(p, k);
        if (w == null || !v.lemma(p, k).equalsIgnoreCase(lemma)) {
          continue;
        }
        for (int i = describedFrom(p, w); i < k; i++) {
          Mention m = v.mentionAt(p, i);
          Entity e = m == null ? null : v.entities.get(m.id());
          if (e != null && e.kind() == EntityKind.STATE) {
            return e.id();
          }
        }
      }
    }
    return null;
  }

  /**
   * "the Chilean minister said", "the Peruvian leader said", "the president of Peru said": a
   * definite singular office word (a person word of the speaker-group list) with a state's name
   * or demonym in its phrase refers back to the person of that state named last, not to the
   * state; null when the phrase is no such description or no such person was named.
   */
  private String officeHolder(int s, IndexedWord head, Mention inside) {
    Entity state = v.entities.get(inside.id());
    int h = head.index() - 1;
    if (state == null || state.kind() != EntityKind.STATE || !SINGULAR_NOUN.matcher(v.tag(s, h)).matches()
        || !"PERSON".equals(rules.groupKind(v.lemma(s, h).toLowerCase(Locale.ROOT)))
        || !definiteDeterminer(s, head)) {
      return null;
    }
    return v.index.backReferences().lastPerson(s, describedFrom(s, head), state.id());
  }

  /**
   * Whether the one actor named in the phrase headed by {@code head} is a state possessing it
   * ("Norway's state media"): the phrase describes a source of that state.
   */
  private boolean onlyStatePossessor(int s, IndexedWord head, Mention inside) {
    Entity e = v.entities.get(inside.id());
    if (e == null || e.kind() != EntityKind.STATE) {
      return false;
    }
    int[] span = v.subtree(s, head);
    for (int t = span[0]; t <= span[1]; t++) {
      Mention m = v.mentionAt(s, t);
      if (m != null && !m.equals(inside)) {
        return false;
      }
    }
    return v.children(s, head, "nmod:poss").stream()
        .anyMatch(p -> inside.equals(v.mentionAt(s, p.index() - 1)));
  }

  /**
   * The person a role's own phrase names as its holder, after the role ("the minister's aide
   * Ana Ruiz", "Spokesperson of the Foreign Ministry Anna Berg"): a named person in the subject's
   * phrase after its head, not introduced by a preposition ("an aide to Putin" is no Putin);
   * null when none is.
   */
  private String namedHolder(int s, IndexedWord head) {
    int[] span = v.subtree(s, head);
    for (int t = head.index(); t <= span[1]; t++) {
      Mention m = v.mentionAt(s, t);
      Entity e = m == null ? null : v.entities.get(m.id());
      if (e == null || e.kind() != EntityKind.PERSON || e.anonymous() || m.tokenBegin() != t) {
        continue;
      }
      String before = v.tag(s, t - 1);
      IndexedWord last = v.node(s, m.tokenEnd() - 1);
      // "a spokesman for President Ruto": a preposition before the name, or before the title
      // that leads up to it, governs it; in "... of Kenya Amina Wanjiru" it governs the state
      // named right before the name, which the name follows as its holder
      Mention prev = v.mentionAt(s, t - 1);
      Entity pe = prev == null ? null : v.entities.get(prev.id());
      boolean bodyBefore = pe != null && pe.kind() != EntityKind.PERSON
          && prev.via() == Mention.Via.NAME;
      boolean governed = GOVERNING.matcher(before).matches()
          || last != null && !v.children(s, last, "case").isEmpty() && !bodyBefore;
      return governed ? null : e.id();
    }
    return null;
  }

  /** How many sentences after an unnamed role a lede's next lines may name its holder. */
  private static final int HOLDER_AHEAD = 2;

  /**
   * "A foreign ministry spokesperson said ... . Spokesperson Anna Berg added ...": news names
   * the holder of a role a lede leaves unnamed in the lines after it, the role word as title
   * before the name. The person so named within {@link #HOLDER_AHEAD} sentences after an
   * indefinite role, or null.
   */
  private String namedNext(int s, IndexedWord head) {
    if (!indefiniteArticle(s, head)) {
      return null;
    }
    String lemma = v.lemma(s, head.index() - 1).toLowerCase(Locale.ROOT);
    for (Mention m : v.mentions) {
      if (m.sentence() <= s || m.sentence() > s + HOLDER_AHEAD || m.tokenBegin() == 0) {
        continue;
      }
      Entity e = v.entities.get(m.id());
      if (e != null && e.kind() == EntityKind.PERSON && !e.anonymous()
          && v.lemma(m.sentence(), m.tokenBegin() - 1).toLowerCase(Locale.ROOT).equals(lemma)) {
        return e.id();
      }
    }
    return null;
  }

  /**
   * The state this document names most ({@link Entity#mostNamedState}), counted once on first
   * need over the document's actor mentions, which hold resolved pronouns and a venue mention
   * of a state that also acts (the actor stage counts without venues); null until counted.
   */
  private Optional<String> mainState;

  /**
   * "The foreign ministry said" in a text that named no ministry: a state's body all the same,
   * of the state the text names most (news names its own country's bodies unqualified), with
   * the id the gazetteer's convention gives it ({@code kenyan-foreign-ministry}); null when the
   * head names no state body or the text names no state.
   */
  private String describedBody(int s, IndexedWord head) {
    int h = head.index() - 1;
    if (!NationalBodies.namesStateBody(v.lemma(s, h)) || !v.tag(s, h).equals("NN")) {
      return null;
    }
    if (mainState == null) {
      mainState = Optional.ofNullable(Entity.mostNamedState(v.mentions, v.entities));
    }
    String spoke = stateThatSpokeBefore(s);
    String state = spoke != null ? spoke : mainState.orElse(null);
    List<String> described = new ArrayList<>();
    for (int t = describedFrom(s, head); t <= h; t++) {
      if (!DETERMINING.matcher(v.tag(s, t)).matches()) {
        described.add(v.token(s, t).word());
      }
    }
    String words = String.join(" ", described);
    String id = state == null ? null : bodies.id(words, state);
    if (id == null) {
      return null;
    }
    if (v.entities.get(id) == null) {
      anonymous.putIfAbsent(id, new Entity(id, words, EntityKind.ORGANIZATION, state, null,
          false));
    }
    return id;
  }

  /**
   * "Burundi said it was alarmed. The foreign ministry said ...": the one state the sentence
   * before, in the same paragraph, names, when it is the subject of a speech cue there; the
   * body speaking next is that state's, whichever state the text names most. Null otherwise.
   */
  private String stateThatSpokeBefore(int s) {
    int p = s - 1;
    if (p < 0 || v.tokens.get(p).isEmpty() || v.tokens.get(s).isEmpty()
        || v.paragraphBegin(v.token(p, 0).beginPosition())
            != v.paragraphBegin(v.token(s, 0).beginPosition())) {
      return null;
    }
    String state = null;
    boolean spoke = false;
    for (Mention m : v.mentions) {
      Entity e = m.sentence() == p ? v.entities.get(m.id()) : null;
      if (e == null || e.kind() != EntityKind.STATE) {
        continue;
      }
      if (state != null && !state.equals(e.id())) {
        return null; // two states: which one's body the text does not say
      }
      state = e.id();
      IndexedWord w = v.node(p, m.tokenEnd() - 1);
      IndexedWord verb = w == null ? null : v.parent(p, w);
      spoke |= verb != null && v.relation(p, w).startsWith("nsubj")
          && !rules.cues(v.lemma(p, verb.index() - 1)).isEmpty();
    }
    return spoke ? state : null;
  }

  /**
   * A role word's earlier use: as the title of a named person ({@code person} their id) or
   * heading an unnamed source's description ({@code unnamed}); no empty id stands for the latter.
   */
  private record TitledUse(String person, boolean unnamed) {}

  /**
   * What "the spokesperson" refers back to: the role word's last use before it. Used as a title
   * before a name ("Foreign Ministry spokesperson Lena Kovacs"), the person so named, though
   * others were named since; heading an unnamed description ("a senior aide told the paper"),
   * that unnamed source. Null when the word was not used before or its use was neither.
   */
  private TitledUse titledBefore(int s, IndexedWord head) {
    int[] at = earlierUse(s, head, (s2, t) -> new int[] {s2, t});
    if (at == null) {
      return null;
    }
    int s2 = at[0];
    int t = at[1];
    Mention m = v.mentionAt(s2, t + 1);
    Entity e = m == null || m.tokenBegin() != t + 1 ? null : v.entities.get(m.id());
    if (e != null && e.kind() == EntityKind.PERSON && !e.anonymous()) {
      return new TitledUse(e.id(), false);
    }
    IndexedWord w = v.node(s2, t);
    boolean unnamed = w != null && v.mentionAt(s2, t) == null && indefiniteArticle(s2, w);
    return unnamed ? new TitledUse(null, true) : null;
  }

  /**
   * How many sentences back a definite description looks for an earlier use of its noun: far
   * enough for any news article's passage, and it keeps a very long text from costing a scan of
   * all before per description.
   */
  private static final int LOOK_BACK_SENTENCES = 60;

  /**
   * The first non-null answer of {@code use} for the earlier nouns with the lemma of
   * {@code head} (sentence, token), nearest first, within {@link #LOOK_BACK_SENTENCES}; or null.
   */
  private <T> T earlierUse(int s, IndexedWord head, BiFunction<Integer, Integer, T> use) {
    String lemma = v.lemma(s, head.index() - 1).toLowerCase(Locale.ROOT);
    for (int s2 = s; s2 >= Math.max(0, s - LOOK_BACK_SENTENCES); s2--) {
      int from = s2 == s ? head.index() - 2 : v.tokens.get(s2).size() - 1;
      for (int t = from; t >= 0; t--) {
        if (v.tag(s2, t).startsWith("NN")
            && v.lemma(s2, t).toLowerCase(Locale.ROOT).equals(lemma)) {
          T found = use.apply(s2, t);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /**
   * "President Ana Ruiz's office said": the office of a named office holder is a body of their
   * state, named as the gazetteer names such bodies: a president's office is the state's
   * presidency ({@code south-african-presidency}), another holder's the office of their title
   * ({@code israeli-prime-ministers-office}). Null when the phrase is no such office or the
   * holder's state or title is unknown.
   */
  private String personsOffice(int s, IndexedWord head) {
    int h = head.index() - 1;
    if (!v.lemma(s, h).equalsIgnoreCase("office") || !v.tag(s, h).startsWith("NN")) {
      return null;
    }
    for (IndexedWord p : v.children(s, head, "nmod:poss")) {
      // "Prime Minister Ana Ruiz's office": the possessor's phrase holds the name
      Entity e = null;
      int[] span = v.subtree(s, p);
      for (int t = span[0]; t <= span[1] && e == null; t++) {
        Mention m = v.mentionAt(s, t);
        Entity c = m == null ? null : v.entities.get(m.id());
        e = c != null && c.kind() == EntityKind.PERSON ? c : null;
      }
      String adjective = e == null || e.country() == null ? null : bodies.adjective(e.country());
      if (e == null || e.kind() != EntityKind.PERSON || adjective == null || e.title() == null) {
        continue;
      }
      String id = e.title().equals("president") ? adjective + "-presidency"
          : adjective + "-" + Entity.slug(e.title()) + "s-office";
      int first = describedFrom(s, head);
      String name = v.text.substring(v.token(s, first).beginPosition(),
          v.token(s, h).endPosition());
      if (v.entities.get(id) == null) {
        anonymous.putIfAbsent(id, new Entity(id, name, EntityKind.ORGANIZATION, e.country(),
            null, false));
      }
      noteMention(id, s, first, h + 1, Mention.Via.NAME);
      return id;
    }
    return null;
  }

  /**
   * "..., the retired surgeon said": a definite singular description naming no actor, as a
   * speech cue's subject, goes on with the passage's current speaker (news English varies the
   * words for the person it quotes); null when the description is no such phrase or no one
   * was shown speaking in the sentences before.
   */
  private String describedSpeaker(int s, IndexedWord head) {
    int h = head.index() - 1;
    if (!v.tag(s, h).equals("NN") || !definiteDeterminer(s, head) || rules.isDocument(v.lemma(s, h))
        || rules.groupKind(v.lemma(s, h)) != null) {
      return null;
    }
    return currentSpeaker(s, h);
  }

  /** Whether a noun has "a" or "an" as its determiner. */
  private boolean indefiniteArticle(int s, IndexedWord noun) {
    return v.children(s, noun, "det").stream()
        .anyMatch(d -> d.word().equalsIgnoreCase("a") || d.word().equalsIgnoreCase("an"));
  }

  /**
   * A document's words belong to the actors its content names as subject ("the statement said
   * Russia and China oppose ...", "according to a Kremlin statement, Putin hailed ..."): several
   * named actors or a named person; else {@code a} stands. {@code from} and {@code to} are the content's
   * token range in sentence s.
   */
  Attribution documentContent(int s, int from, int to, Attribution a) {
    if (!a.route().equals("DOCUMENT")) {
      return a;
    }
    for (int t = from; t <= to; t++) {
      IndexedWord w = v.node(s, t);
      IndexedWord up = w == null ? null : v.parent(s, w);
      if (up == null || !v.relation(s, w).equals("nsubj") || up.index() - 1 < from
          || up.index() - 1 > to || v.parent(s, up) != null && v.parent(s, up).index() - 1 >= from
          && v.parent(s, up).index() - 1 <= to) {
        continue;
      }
      Attribution c = speakersOf(s, w, new int[] {a.cueBegin(), a.cueEnd()});
      if (c == null || !List.of("CUE_SUBJECT", "TITLE", "APPOSITION")
          .contains(c.route())) {
        return a;
      }
      Entity e = c.speakers().size() == 1 ? v.entities.get(c.speakers().get(0)) : null;
      boolean person = e != null && e.kind() == EntityKind.PERSON && !e.anonymous();
      return c.speakers().size() > 1 || person
          ? new Attribution(c.speakers(), "DOCUMENT", a.cueBegin(), a.cueEnd(), a.addressee(),
              a.outlet())
          : a;
    }
    return a;
  }

  /**
   * "Smith was the first mayor to try it, she said": a pronoun cue subject is not the person the
   * content names; it refers to the person named before the content, the paragraph's speaker.
   * {@code from} and {@code to} are the content's token range in sentence s.
   */
  Attribution outsideContent(int s, int from, int to, Attribution a) {
    if (!a.route().equals("PRONOUN") || a.speakers().size() != 1) {
      return a;
    }
    String id = a.speakers().get(0);
    boolean named = false;
    for (int t = from; t <= to && !named; t++) {
      Mention m = v.mentionAt(s, t);
      named = m != null && m.id().equals(id) && m.via() != Mention.Via.PRONOUN;
    }
    if (!named) {
      return a;
    }
    for (int i = v.mentions.size() - 1; i >= 0; i--) {
      Mention m = v.mentions.get(i);
      if (m.sentence() > s || m.sentence() == s && m.tokenBegin() >= from
          || m.id().equals(id)) {
        continue;
      }
      Entity e = v.entities.get(m.id());
      if (e != null && e.kind() == EntityKind.PERSON && !e.anonymous()) {
        return new Attribution(List.of(e.id()), a.route(), a.cueBegin(), a.cueEnd(),
            a.addressee(), a.outlet());
      }
    }
    return a;
  }

  /** How many sentences back a bare "the statement" looks for the document's issuer. */
  private static final int ISSUER_WINDOW = 3;

  /**
   * The issuer of a document noun speaking as a subject or source ("the statement said"): named
   * in its own phrase, else the issuer of a document named in the sentences just before; a joint
   * document speaks for the group named before it. Empty when none is found.
   */
  private List<String> document(int s, IndexedWord head) {
    boolean joint = isJoint(s, head);
    List<String> own = issuer(s, head);
    if (joint) {
      if (own.size() > 1) {
        return own;
      }
      // "Both states signed a joint statement ... the joint statement said": the issuers
      // an earlier joint document's phrase names, before the last group named.
      for (BackReferences.Node d : v.index.backReferences().earlierDocuments(s,
          head.index() - 1, ISSUER_WINDOW, rules::isDocument)) {
        List<String> earlier = isJoint(d.sentence(), d.node()) ? issuer(d.sentence(), d.node())
            : List.of();
        if (earlier.size() > 1) {
          return earlier;
        }
      }
      return group(s, head.index() - 1, "GROUP");
    }
    if (!own.isEmpty() || !issuerLookBack) {
      return own;
    }
    for (BackReferences.Node d : v.index.backReferences().earlierDocuments(s,
        head.index() - 1, ISSUER_WINDOW, rules::isDocument)) {
      boolean earlierJoint = isJoint(d.sentence(), d.node());
      List<String> earlier = issuer(d.sentence(), d.node());
      if (earlierJoint && earlier.size() < 2) {
        earlier = group(s, head.index() - 1, "GROUP");
      }
      if (!earlier.isEmpty()) {
        return earlier;
      }
    }
    return List.of();
  }

  /** Whether a document noun is a joint one ("a joint statement", "a trilateral statement"). */
  private boolean isJoint(int s, IndexedWord doc) {
    return v.children(s, doc, "amod").stream().anyMatch(a -> JOINT.contains(
        a.word().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> JOINT = Set.of("joint", "bilateral", "trilateral",
      "common");

  /**
   * The speakers a document's own phrase names as its issuer: a possessive, "of/from/by X", a
   * name or demonym before it, "issued/signed by X", or the subject of the verb it is the object
   * of ("X issued a statement"). Empty when none.
   */
  private List<String> issuer(int s, IndexedWord doc) {
    List<IndexedWord> sources = new ArrayList<>();
    for (IndexedWord c : v.children(s, doc, "nmod")) {
      if (v.relation(s, c).equals("nmod:poss") || hasCase(s, c, "of", "from", "by")) {
        sources.add(c);
      }
    }
    for (String rel : List.of("compound", "amod")) {
      for (IndexedWord c : v.children(s, doc, rel)) {
        if (c.index() < doc.index()) {
          sources.add(c);
        }
      }
    }
    for (IndexedWord acl : v.children(s, doc, "acl")) {
      for (IndexedWord c : v.children(s, acl, "obl")) {
        if (hasCase(s, c, "by")) {
          sources.add(c);
        }
      }
    }
    if (v.relation(s, doc).equals("obj")) {
      IndexedWord verb = v.parent(s, doc);
      for (IndexedWord c : verb == null ? List.<IndexedWord>of() : subjects(s, verb)) {
        sources.add(c);
      }
    }
    for (IndexedWord c : sources) {
      Attribution a = rules.isDocument(v.lemma(s, c.index() - 1)) ? null
          : speakersOf(s, c, new int[] {0, 0});
      if (a != null && !a.route().equals("SUBJECT_PHRASE") && !a.route().equals("ANONYMOUS")) {
        return a.speakers();
      }
    }
    return List.of();
  }

  /** Whether nominal {@code w} is introduced by one of these prepositions. */
  private boolean hasCase(int s, IndexedWord w, String... preps) {
    for (IndexedWord c : v.children(s, w, "case")) {
      for (String p : preps) {
        if (c.word().equalsIgnoreCase(p)) {
          return true;
        }
      }
    }
    return false;
  }

  private Attribution attribution(List<String> speakers, String route, int[] cue) {
    return new Attribution(speakers, route, cue[0], cue[1], null, null);
  }

  private static String route(Mention.Via via) {
    return switch (via) {
      case TITLE -> "TITLE";
      case PRONOUN -> "PRONOUN";
      default -> "CUE_SUBJECT";
    };
  }

  /** What a group word of this kind stands for, the last group quoted included. */
  private List<String> group(int s, int t, String kind) {
    return v.index.backReferences().group(s, t, kind, lastGroup);
  }

  /**
   * "..., Wang Yi, a senior official, said": a cue after its content with no subject in the
   * parse; the person set off by a comma just before the cue.
   */
  Attribution postposedSpeaker(int s, IndexedWord verb, int contentStart) {
    for (int t = verb.index() - 2; t > contentStart && t >= verb.index() - 30; t--) {
      Mention m = v.mentionAt(s, t);
      Entity e = m == null ? null : v.entities.get(m.id());
      if (e != null && e.kind() == EntityKind.PERSON && m.tokenBegin() > 0
          && v.token(s, m.tokenBegin() - 1).word().equals(",")) {
        int[] cue = tokenSpan(s, verb);
        return new Attribution(List.of(e.id()), "CUE_SUBJECT", cue[0], cue[1],
            addressee(s, verb), null);
      }
    }
    return null;
  }

  /** The token index of the comma that sets off a postposed speaker before {@code verb}. */
  int commaBefore(int s, IndexedWord verb) {
    for (int t = verb.index() - 2; t >= 0 && t >= verb.index() - 30; t--) {
      Mention m = v.mentionAt(s, t);
      if (m != null && m.tokenBegin() > 0 && v.token(s, m.tokenBegin() - 1).word().equals(",")) {
        return m.tokenBegin() - 2;
      }
    }
    return -1;
  }

  /** The actor mention inside the subject's phrase nearest to its head, or null. */
  private Mention nearestInside(int s, IndexedWord head) {
    int[] span = v.subtree(s, head);
    Mention best = null;
    int dist = Integer.MAX_VALUE;
    for (int t = span[0]; t <= span[1]; t++) {
      Mention m = v.mentionAt(s, t);
      if (m != null && Math.abs(t - (head.index() - 1)) < dist) {
        best = m;
        dist = Math.abs(t - (head.index() - 1));
      }
    }
    return best;
  }

  /**
   * "“...” ― Ana Ruiz": a quotation signed on its line by a dash and the speaker's name, as in
   * collected reader or voter quotations. The name is a person the actor stage knows or one
   * only NER names; null when no dash and person follow the closing mark.
   *
   * @param end offset one past the quotation's last quoted character
   */
  Attribution signedBy(int end) {
    int i = end;
    while (i < v.text.length() && " \u00a0\"”’'".indexOf(v.text.charAt(i)) >= 0) {
      i++;
    }
    if (i >= v.text.length() || "―—–".indexOf(v.text.charAt(i)) < 0) {
      return null;
    }
    int dash = i++;
    while (i < v.text.length() && (v.text.charAt(i) == ' ' || v.text.charAt(i) == '\u00a0')) {
      i++;
    }
    int s = v.sentenceAt(i);
    if (s < 0 || s >= v.sentences()) {
      return null;
    }
    for (int t = 0; t < v.tokens.get(s).size(); t++) {
      if (v.token(s, t).beginPosition() != i) {
        continue;
      }
      Mention m = v.mentionAt(s, t);
      Entity e = m == null ? null : v.entities.get(m.id());
      String id = e != null && e.kind() == EntityKind.PERSON ? e.id()
          : m == null && v.node(s, t) != null ? unknownPerson(s, v.node(s, t)) : null;
      return id == null ? null
          : new Attribution(List.of(id), "COLON", dash, dash + 1, null, null);
    }
    return null;
  }

  /**
   * The person a speaking "he" or "she" the reference stage left unresolved stands for: the
   * passage's current speaker of that gender, else the person named or resolved last a few
   * sentences back (see {@link org.entente.reference.BackReferences#speakingPronoun}).
   */
  private String personBefore(int s, int t, boolean female) {
    return v.index.backReferences().speakingPronoun(s, t, female, speakingPersons(),
        resolvedMentions, id -> {
          Entity e = entity(id);
          return e != null && e.kind() == EntityKind.PERSON && !e.anonymous();
        });
  }

  /**
   * The passage's current speaker before token t of sentence s: the person last shown speaking
   * a few sentences back, or null. The speaker scorer's {@code current} feature and the
   * fallback of a speaking "he" or "she" read the same one.
   */
  String currentSpeaker(int s, int t) {
    return v.index.backReferences().currentSpeaker(s, t, speakingPersons());
  }

  private List<Mention> speakingPersons;

  /**
   * The named people the text shows speaking, in text order: the mention of each person who is
   * the subject of a speech-cue verb (climbing conjunctions and control verbs, as a cue's
   * speaker is found). The last of them before a pronoun is the passage's current speaker.
   */
  List<Mention> speakingPersons() {
    if (speakingPersons == null) {
      List<Mention> out = new ArrayList<>();
      for (int s = 0; s < v.sentences(); s++) {
        for (int t = 0; t < v.tokens.get(s).size(); t++) {
          IndexedWord w = v.node(s, t);
          if (w == null || !cues.anyCue(s, t)) {
            continue;
          }
          for (IndexedWord subject : subjects(s, w)) {
            Mention m = v.mentionAt(s, subject.index() - 1);
            Entity e = m == null ? null : v.entities.get(m.id());
            if (e != null && e.kind() == EntityKind.PERSON && !e.anonymous()) {
              out.add(m);
              break;
            }
          }
        }
      }
      speakingPersons = List.copyOf(out);
    }
    return speakingPersons;
  }

  private Entity entity(String id) {
    Entity e = v.entities.get(id);
    return e != null ? e : anonymous.get(id);
  }

  /**
   * A person named by the parser's NER whom the actor stage did not take ("Ana Ruiz said", a
   * name unknown to the gazetteer): a speaker of their own, with the name as mention. Null when
   * {@code head} is no such name.
   */
  private String unknownPerson(int s, IndexedWord head) {
    int h = head.index() - 1;
    if (!v.tag(s, h).startsWith("NNP") || !"PERSON".equals(v.token(s, h).ner())
        && !bareSurname(s, h)) {
      return null;
    }
    int first = h;
    int last = h;
    while (first > 0 && "PERSON".equals(v.token(s, first - 1).ner())
        && v.mentionAt(s, first - 1) == null) {
      first--;
    }
    while (last + 1 < v.tokens.get(s).size() && "PERSON".equals(v.token(s, last + 1).ner())
        && v.mentionAt(s, last + 1) == null) {
      last++;
    }
    int begin = v.token(s, first).beginPosition();
    int end = v.token(s, last).endPosition();
    String name = v.text.substring(begin, end);
    String id = Entity.personId(name);
    if (id.isEmpty()) {
      return null;
    }
    Entity known = v.entities.get(id);
    if (known != null && known.kind() != EntityKind.PERSON) {
      return null;
    }
    if (known == null) {
      anonymous.putIfAbsent(id, new Entity(id, name, EntityKind.PERSON, null, null, false));
    }
    noteMention(id, s, first, last + 1, Mention.Via.NAME);
    return id;
  }

  /**
   * "Smbatyan added": a lone capitalised proper noun NER gave no class to, the subject of a
   * speech cue, is a surname its tagger did not know (a document's issuer or a phrase's
   * modifier is no such subject: without SUTime, "Monday" has no class either); not a word in
   * capitals ("NATO"), one standing beside
   * other proper nouns (a name NER would have read whole), one with a determiner ("The
   * Ministers noted") nor a capitalised speaker word of the rules' lists.
   */
  private boolean bareSurname(int s, int h) {
    String w = v.token(s, h).word();
    int n = v.tokens.get(s).size();
    String lower = w.toLowerCase(Locale.ROOT);
    String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    IndexedWord node = v.node(s, h);
    IndexedWord verb = node == null ? null : v.parent(s, node);
    if (verb == null || !v.relation(s, node).startsWith("nsubj")
        || !cues.anyCue(s, verb.index() - 1) || !v.children(s, node, "det").isEmpty()
        || List.of(lower, singular).stream().anyMatch(x -> rules.groupKind(x) != null
            || rules.isAnonymousSource(x) || rules.isSourceNoun(x) || rules.isDocument(x))) {
      return false;
    }
    return v.tag(s, h).equals("NNP") && "O".equals(v.token(s, h).ner()) && w.length() > 2
        && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))
        && w.chars().allMatch(Character::isLetter)
        && (h == 0 || !v.tag(s, h - 1).startsWith("NNP"))
        && (h + 1 >= n || !v.tag(s, h + 1).startsWith("NNP"));
  }

  /** The first token of a description headed by {@code head} ("the Indiana governor"). */
  private int describedFrom(int s, IndexedWord head) {
    int first = head.index() - 1;
    for (String rel : DESCRIBING) {
      for (IndexedWord d : v.children(s, head, rel)) {
        if (d.index() < head.index()) {
          first = Math.min(first, v.subtree(s, d)[0]);
        }
      }
    }
    return first;
  }

  /**
   * Notes where a speaker is named though the actor stage saw no mention there (a pronoun or a
   * description it left unresolved), so that the speaker's mentions show the words that name
   * them as speaking.
   */
  private void noteMention(String id, int s, int from, int to, Mention.Via via) {
    Mention m = new Mention(id, s, from, to, v.token(s, from).beginPosition(),
        v.token(s, to - 1).endPosition(), via);
    if (!resolvedMentions.contains(m)) {
      resolvedMentions.add(m);
    }
  }

  /**
   * "The ministry said ...": a cue subject describing a source ({@link DescribedSource}) speaks
   * for the organisation named just before whose name holds its noun; null when none is named.
   * Reported speech reads only this part of the described-source rule: an unnamed "the paper"
   * there is too often no source the text attributes words to.
   */
  Attribution describedOrganisation(int s, IndexedWord verb) {
    for (IndexedWord subject : subjects(s, verb)) {
      int t = subject.index() - 1;
      if (v.mentionAt(s, t) != null || nearestInside(s, subject) != null
          || !DescribedSource.is(v, rules, s, subject)) {
        continue;
      }
      String organisation = DescribedSource.organisationBefore(v, resolvedMentions, s, t);
      if (organisation == null) {
        organisation = describedBody(s, subject);
      }
      if (organisation != null) {
        noteMention(organisation, s, describedFrom(s, subject), t + 1, Mention.Via.TITLE);
        int[] cue = tokenSpan(s, verb);
        return new Attribution(List.of(organisation), "TITLE", cue[0], cue[1],
            addressee(s, verb), null);
      }
    }
    return null;
  }

  /**
   * Whether a plural noun phrase headed by {@code head} is an open set ("some leaders", "other
   * leaders", "party leaders", "many countries") rather than speakers named before ("the two
   * leaders", "both sides", "their leaders"): no definite determiner, possessor or number, or
   * a quantifier of part or otherness.
   */
  private boolean openGroup(int s, IndexedWord head) {
    boolean definite = !v.children(s, head, "nmod:poss").isEmpty()
        || !v.children(s, head, "nummod").isEmpty();
    for (String rel : List.of("det", "amod", "dep", "cc")) {
      for (IndexedWord d : v.children(s, head, rel)) {
        String w = d.word().toLowerCase(Locale.ROOT);
        if (d.index() > head.index()) {
          continue;
        }
        if (OPEN_QUANTIFIERS.contains(w)) {
          return true;
        }
        definite |= !rel.equals("amod") && GROUP_DEFINITE.contains(w);
      }
    }
    return !definite;
  }

  /**
   * Notes the pronoun at token t ("who", "it", "they") as a mention of each speaker {@code a}
   * found for it, so the speakers' mentions show the word that names them as speaking; returns
   * {@code a}.
   */
  private Attribution notedAt(Attribution a, int s, int t) {
    if (a != null) {
      for (String id : a.speakers()) {
        noteMention(id, s, t, t + 1, Mention.Via.PRONOUN);
      }
    }
    return a;
  }

  /** The mentions {@link #noteMention} noted, in the order found. */
  List<Mention> resolvedMentions() {
    return resolvedMentions;
  }

  /**
   * The unnamed sources named as speakers, each an anonymous person with the country its
   * description gives ("a Kremlin aide": RUS), and their mentions; the caller keeps those that
   * ended up speaking a quote.
   */
  Map<String, Entity> anonymousSources() {
    return anonymous;
  }

  List<Mention> anonymousMentions() {
    return anonymousMentions;
  }

  /** Relations of the words that describe an unnamed source before its head. */
  private static final List<String> DESCRIBING = List.of("det", "amod", "compound", "nummod",
      "nmod:poss");

  /** The id of the unnamed source headed by {@code head}, noted with its description. */
  private String anonymous(int s, IndexedWord head) {
    String body = memberOf(s, head);
    if (body != null) {
      return body;
    }
    String id = describedBefore(s, head, anonymousId(s, head));
    int h = head.index() - 1;
    // The description is the head and its pre-modifiers ("a senior Canadian official"), not the
    // preposition or conjunction before it nor a relative clause after it.
    int first = describedFrom(s, head);
    int begin = v.token(s, first).beginPosition();
    int end = v.token(s, h).endPosition();
    String country = null;
    for (int t = first; t < h && country == null; t++) {
      Mention m = v.mentionAt(s, t);
      Entity e = m == null ? null : v.entities.get(m.id());
      if (e != null) {
        country = e.kind() == EntityKind.STATE ? e.id() : e.country();
      }
    }
    Entity known = anonymous.get(id);
    if (known == null) {
      // "local media", "state television": a source noun names an unnamed body, not a person
      String lemma = v.lemma(s, h).toLowerCase(Locale.ROOT);
      EntityKind kind = rules.isSourceNoun(lemma) ? EntityKind.ORGANIZATION : EntityKind.PERSON;
      anonymous.put(id, new Entity(id, v.text.substring(begin, end), kind, country, lemma,
          true));
    } else {
      anonymous.put(id, known.withCountry(country));
    }
    Mention m = new Mention(id, s, first, h + 1, begin, end, Mention.Via.TITLE);
    if (!anonymousMentions.contains(m)) {
      anonymousMentions.add(m);
    }
    return id;
  }

  /**
   * The id of an unnamed source, the words a careful reader would describe it by: its state
   * when a possessor names one ("Norway's state media" → norwegian-state-media), the modifiers
   * before the head that describe it, capitalised or not ("a senior US administration
   * official", "a Chinese foreign ministry spokesperson"), not its determiner, number or
   * quantifier, and an adjective phrase after it that does ("sources familiar with the
   * matter", "people close to the president", the person named by surname).
   */
  private String anonymousId(int s, IndexedWord head) {
    if (share(s, head)) {
      // "six in 10", "nine out of 10": the share names them
      int last = v.children(s, head, "nmod").stream().filter(n -> n.index() > head.index())
          .mapToInt(IndexedWord::index).min().orElse(head.index());
      List<String> words = new ArrayList<>();
      for (int k = head.index() - 1; k < last; k++) {
        words.add(v.token(s, k).word());
      }
      return Entity.slug(String.join(" ", words));
    }
    List<String> parts = new ArrayList<>();
    for (IndexedWord p : v.children(s, head, "nmod:poss")) {
      Mention m = v.mentionAt(s, p.index() - 1);
      Entity e = m == null ? null : v.entities.get(m.id());
      String adjective = e != null && e.kind() == EntityKind.STATE ? bodies.adjective(e.id())
          : null;
      if (adjective != null) {
        parts.add(adjective);
      }
    }
    List<IndexedWord> mods = new ArrayList<>(v.children(s, head, "compound"));
    mods.addAll(v.children(s, head, "amod"));
    mods.removeIf(m -> m.index() > head.index());
    // a multi-word name or description before the head ("State Department spokesperson",
    // "foreign ministry spokesperson") hangs as a chain: keep all of it, so the id names the
    // body and not just its last word
    for (int i = 0; i < mods.size(); i++) {
      mods.addAll(v.children(s, mods.get(i), "compound"));
      mods.addAll(v.children(s, mods.get(i), "amod"));
    }
    mods.sort((a, b) -> Integer.compare(a.index(), b.index()));
    for (IndexedWord m : mods) {
      String tag = v.tag(s, m.index() - 1);
      String lower = m.word().toLowerCase(Locale.ROOT);
      // a quantifier or number counts the sources, it does not describe them ("Most voters",
      // "some diplomats", "three sources")
      if (m.index() < head.index() && !COUNTING.matcher(tag).matches()
          && !OPEN_QUANTIFIERS.contains(lower) && Character.isLetter(m.word().charAt(0))) {
        parts.add(m.word());
      }
    }
    parts.add(head.word());
    List<IndexedWord> after = new ArrayList<>(v.children(s, head, "amod"));
    after.addAll(v.children(s, head, "acl"));
    after.addAll(v.children(s, head, "dep"));
    after.addAll(v.children(s, head, "advmod"));
    after.sort((a, b) -> Integer.compare(a.index(), b.index()));
    for (IndexedWord a : after) {
      // "familiar with", "close to" (which the tagger may read as an adverb), "briefed on"
      if (a.index() > head.index() && POST_MODIFYING.matcher(v.tag(s, a.index() - 1)).matches()
          && !v.children(s, a, "obl").isEmpty()) {
        parts.addAll(postModifier(s, a));
        break;
      }
    }
    // "42% say": the sign heads the phrase and names it
    return Entity.slug(String.join(" ", parts).replace("%", "percent"));
  }

  /** The longest adjective phrase after a head an id takes ("familiar with the matter"). */
  private static final int POST_MODIFIER_WORDS = 6;

  /**
   * The words of an adjective phrase after an unnamed source's head ("familiar with the
   * matter", "close to the Chilean president" with the person it names by surname), or none
   * when it is longer than {@link #POST_MODIFIER_WORDS} or holds a clause.
   */
  private List<String> postModifier(int s, IndexedWord adjective) {
    int[] span = v.subtree(s, adjective);
    if (span[0] < adjective.index() - 1 || span[1] - span[0] + 1 > POST_MODIFIER_WORDS) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (int t = span[0]; t <= span[1]; t++) {
      String tag = v.tag(s, t);
      if (tag.startsWith("VB") && t > span[0] || tag.equals(",")) {
        return List.of();
      }
      Mention m = v.mentionAt(s, t);
      Entity e = m == null ? null : v.entities.get(m.id());
      if (e != null && e.kind() == EntityKind.PERSON && !e.anonymous()) {
        String[] name = e.id().split("-");
        words.add(name[name.length - 1]);
        t = Math.max(t, m.tokenEnd() - 1);
        continue;
      }
      words.add(v.token(s, t).word());
    }
    return words;
  }

  /**
   * "the sources", "those officials": a definite description of an unnamed source refers back
   * to the one described before with the same head and at least its words ("three sources
   * familiar with the matter"), and takes that id; else {@code id} stands.
   */
  private String describedBefore(int s, IndexedWord head, String id) {
    if (!definiteDeterminer(s, head)) {
      return id;
    }
    List<String> words = List.of(id.split("-"));
    String earlier = earlierUse(s, head, (s2, t) -> {
      IndexedWord w = v.node(s2, t);
      if (w == null || v.mentionAt(s2, t) != null) {
        return null;
      }
      String other = anonymousId(s2, w);
      return !other.equals(id) && List.of(other.split("-")).containsAll(words) ? other : null;
    });
    return earlier == null ? id : earlier;
  }

  /**
   * The actor the text names as addressed ("told Xi", "said to Xi"), or null. Only a telling
   * verb's object is an addressee: "said Germany would ..." has the reported subject there.
   */
  private String addressee(int s, IndexedWord verb) {
    List<IndexedWord> objs = new ArrayList<>();
    if (telling(s, verb)) {
      objs.addAll(v.children(s, verb, "iobj"));
      objs.addAll(v.children(s, verb, "obj"));
    }
    for (IndexedWord o : v.children(s, verb, "obl")) {
      if (o.index() > verb.index() && hasCase(s, o, "to")) {
        objs.add(o);
      }
    }
    for (IndexedWord o : objs) {
      Mention m = v.mentionAt(s, o.index() - 1);
      if (m != null) {
        return m.id();
      }
    }
    return null;
  }

  /** Whether a cue's object is its addressee ("told Ota"). */
  private boolean telling(int s, IndexedWord verb) {
    return rules.cues(v.lemma(s, verb.index() - 1)).stream()
        .anyMatch(c -> c.flags().contains(QuoteRules.CueFlag.ADDRESSEE));
  }

  /** Character offsets of a token, with its particle ("pointed out"). */
  int[] tokenSpan(int s, IndexedWord w) {
    int b = v.token(s, w.index() - 1).beginPosition();
    int e = v.token(s, w.index() - 1).endPosition();
    for (IndexedWord p : v.children(s, w, "compound:prt")) {
      e = Math.max(e, v.token(s, p.index() - 1).endPosition());
    }
    return new int[] {b, e};
  }
}
