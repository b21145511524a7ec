package org.entente.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.OrganizationEntry;
import org.entente.lexicon.PersonEntry;
import org.entente.lexicon.QuoteRules;
import org.entente.lexicon.StateEntry;
import org.entente.lexicon.Surface;
import org.entente.lexicon.SurfaceIndex;
import org.entente.lexicon.Term;
import org.entente.reference.Entity;
import org.entente.reference.EntityKind;
import org.entente.reference.Mention;
import org.entente.reference.NationalBodies;

/**
 * Finds and links the actors of one document. One instance per document; not shared.
 *
 * <p>The passes run in order, each claiming the tokens it explains: gazetteer forms, NER names,
 * titles and descriptions, then short forms of names seen earlier. Pronouns are the reference
 * stage's.
 */
final class ActorResolution {
  private static final Set<String> DETERMINERS =
      Set.of("the", "his", "her", "its", "their", "our", "a", "an", "former", "then");
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "outside", "inside", "around", "via", "across");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");
  /**
   * Month and weekday names ("May", "March", "Friday"): an untagged one is a date, not a
   * surname. CoreNLP's MUC model tagged them DATE, which kept them out; that tag was all entente
   * read of that model, and the model was half of NER's cost.
   */
  private static final Set<String> CALENDAR = calendarWords();
  /** A name's initial with its stop ("J.", "I."). */
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  private final String text;
  private final List<CoreMap> sentences;
  private final Gazetteer gazetteer;
  private final PeopleByShortForm peopleByShortForm;
  private final SurfaceIndex index;
  private final LocalDate date;
  private final ActorRules rules;
  private final NationalBodies bodies;
  /** The bundled speech cues: whether a state spoke ({@link #stateThatSpokeBefore}). */
  private final QuoteRules cues = QuoteRules.get();

  private final TeaserLines teaserLines;
  private final Venues venues;
  /** State mentions that only say where something happens. */
  private final Set<Mention> venueMentions = new HashSet<>();
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<boolean[]> claimed = new ArrayList<>();
  private final List<TitleHit> titles = new ArrayList<>();

  private record TitleHit(String office, int sentence, int tokenBegin, int tokenEnd) {}

  ActorResolution(String text, List<CoreMap> sentences, Gazetteer gazetteer, SurfaceIndex index,
      PeopleByShortForm peopleByShortForm, LocalDate date, ActorRules rules,
      NationalBodies bodies) {
    this.bodies = bodies;
    this.text = text;
    this.sentences = sentences;
    this.gazetteer = gazetteer;
    this.index = index;
    this.peopleByShortForm = peopleByShortForm;
    this.date = date;
    this.rules = rules;
    this.teaserLines = new TeaserLines(text);
    this.venues = new Venues(text, rules.venueNouns(), rules.compassWords());
  }

  Map<String, Entity> entities() {
    Set<String> mentioned = new LinkedHashSet<>();
    mentions.stream().sorted(Comparator.comparingInt(Mention::begin))
        .forEach(m -> mentioned.add(m.id()));
    Map<String, Entity> out = new LinkedHashMap<>();
    mentioned.forEach(id -> out.put(id, entities.get(id)));
    return out;
  }

  /**
   * Per sentence, the tokens this stage read: names, titles, places, page furniture. The
   * reference stage resolves pronouns on the others only.
   */
  List<BitSet> claimed() {
    List<BitSet> out = new ArrayList<>();
    for (boolean[] taken : claimed) {
      BitSet b = new BitSet(taken.length);
      for (int i = 0; i < taken.length; i++) {
        b.set(i, taken[i]);
      }
      out.add(b);
    }
    return out;
  }

  List<Mention> mentions() {
    List<Mention> out = new ArrayList<>(mentions);
    out.sort(Comparator.comparingInt(Mention::begin));
    return out;
  }

  void run() {
    int bioLineEnd = -1; // an author's bio runs to the end of its paragraph
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = tokens(s);
      boolean[] taken = new boolean[tokens.size()];
      claimed.add(taken);
      if (!tokens.isEmpty() && tokens.get(0).beginPosition() >= bioLineEnd) {
        bioLineEnd = -1;
      }
      if (bioLineEnd < 0 && isAuthorBio(s)) {
        int nl = text.indexOf('\n', tokens.get(0).beginPosition());
        bioLineEnd = nl < 0 ? text.length() : nl;
      }
      if (bioLineEnd >= 0 || isFurniture(s)) {
        java.util.Arrays.fill(taken, true);
      }
    }
    List<List<SurfaceMatch>> found = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      found.add(SurfaceMatch.find(text, tokens(s), index));
    }
    countStatesNamed(found);
    for (int s = 0; s < sentences.size(); s++) {
      gazetteerPass(s, found.get(s));
    }
    findGroupNames();
    for (int s = 0; s < sentences.size(); s++) {
      nerPass(s);
    }
    qualifyBodies();
    for (int s = 0; s < sentences.size(); s++) {
      describedBodyPass(s);
    }
    for (TitleHit t : titles) {
      resolveTitle(t);
    }
    for (int s = 0; s < sentences.size(); s++) {
      shortFormPass(s);
    }
    dropVenueStates();
  }

  /** States named only as venues ("a city in Uzbekistan", a dateline) are no actors. */
  private void dropVenueStates() {
    Set<String> acting = new HashSet<>();
    Set<String> venue = new HashSet<>();
    for (Mention m : mentions) {
      (venueMentions.contains(m) ? venue : acting).add(m.id());
    }
    venue.removeAll(acting);
    mentions.removeIf(m -> venue.contains(m.id()));
  }

  private List<CoreLabel> tokens(int s) {
    return sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
  }

  private boolean isAuthorBio(int s) {
    List<CoreLabel> tokens = tokens(s);
    return !tokens.isEmpty() && rules.authorBios().matcher(text.substring(tokens.get(0).beginPosition(),
        tokens.get(tokens.size() - 1).endPosition())).find();
  }

  private boolean isFurniture(int s) {
    List<CoreLabel> tokens = tokens(s);
    if (tokens.isEmpty()) {
      return true;
    }
    int begin = tokens.get(0).beginPosition();
    String sentence = text.substring(begin, tokens.get(tokens.size() - 1).endPosition());
    return rules.furniture().matcher(sentence).find() || teaserLines.inTeaser(begin);
  }

  // ---- pass 1: gazetteer forms

  /**
   * Per state, how often the text names it by a name, a demonym or a metonym, with every form
   * the gazetteer knows; a state whose person the text names counts as named, once.
   */
  private final Map<String, Integer> statesNamed = new LinkedHashMap<>();

  private void countStatesNamed(List<List<SurfaceMatch>> found) {
    for (List<SurfaceMatch> sentence : found) {
      for (SurfaceMatch m : sentence) {
        Surface f = m.surface();
        switch (f.kind()) {
          case STATE, METONYM, DEMONYM -> statesNamed.merge(f.id(), 1, Integer::sum);
          case PERSON -> statesNamed.putIfAbsent(gazetteer.people().get(f.id()).country(), 0);
          case ORGANIZATION -> {
            var o = gazetteer.organizations().get(f.id());
            if (!o.isShared(f.text())) {
              statesNamed.putIfAbsent(o.country(), 0); // "South Korea's spy agency"
            }
          }
          default -> { }
        }
      }
    }
  }

  private void gazetteerPass(int s, List<SurfaceMatch> found) {
    List<CoreLabel> tokens = tokens(s);
    boolean[] taken = claimed.get(s);
    for (SurfaceMatch m : found) {
      if (anyTaken(taken, m.tokenBegin(), m.tokenEnd())) {
        continue;
      }
      Surface f = m.surface();
      switch (f.kind()) {
        case PERSON -> {
          PersonEntry p = gazetteer.people().get(f.id());
          String stated = statedNationality(s, m, found);
          if (stated != null && !stated.equals(p.country())) {
            // "Colombian senator Pedro Sanchez" is not Spain's namesake: the text's word wins
            // over the gazetteer's, wherever in the text it is said
            entities.put(p.id(), new Entity(p.id(), m.surface().text(), EntityKind.PERSON,
                stated, null, false));
            entityChanges++;
          } else {
            addEntity(new Entity(p.id(), p.name(), EntityKind.PERSON, p.country(), null,
                false));
          }
          claim(s, m, f.id(), Mention.Via.NAME);
        }
        case ORGANIZATION -> {
          var o = gazetteer.organizations().get(f.id());
          if (venues.inDatelineCredit(m.begin(), m.end())) {
            markTaken(taken, m.tokenBegin(), m.tokenEnd()); // "MOSCOW (Reuters) -": a credit
            continue;
          }
          if (o.isShared(f.text())) {
            sharedForm(s, m, o);
            continue;
          }
          addEntity(new Entity(o.id(), o.name(), EntityKind.ORGANIZATION, o.country(), null,
              false));
          claim(s, m, f.id(), Mention.Via.NAME);
        }
        case ALLIANCE -> { // the alliance annotator's
          markTaken(taken, m.tokenBegin(), m.tokenEnd());
          Set<Integer> alliance = allianceTokens.computeIfAbsent(s, k -> new HashSet<>());
          for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
            alliance.add(k);
          }
        }
        case STATE, METONYM, DEMONYM -> {
          if ((insidePersonName(tokens, m) && !afterInitial(tokens, m)) || namesAPlace(tokens, m)
              || (f.kind() == Surface.Kind.METONYM && isLocative(tokens, m))) {
            continue;
          }
          addState(f.id());
          Mention.Via via = f.kind() == Surface.Kind.STATE ? Mention.Via.NAME
              : f.kind() == Surface.Kind.METONYM ? Mention.Via.METONYM : Mention.Via.DEMONYM;
          Mention claimed = claim(s, m, f.id(), via);
          if (venues.inDateline(m.begin(), m.end())
              || venues.isVenue(tokens, m.tokenBegin(), m.tokenEnd())) {
            venueMentions.add(claimed);
          }
        }
        case TITLE -> titles.add(new TitleHit(f.id(), s, m.tokenBegin(), m.tokenEnd()));
        default -> throw new IllegalStateException(f.kind().toString());
      }
    }
  }

  /**
   * A form several states' bodies bear ("NIS", "National Intelligence Service"): the body of the
   * state named right before it ("Kenya's NIS"), else the listed one where the text names its
   * state, else the body of the state the text names most, named by the convention of the ids
   * ({@code kenyan-national-intelligence-service}); else a body of no state named by the form.
   */
  private void sharedForm(int s, SurfaceMatch m, OrganizationEntry o) {
    List<CoreLabel> tokens = tokens(s);
    int k = m.tokenBegin();
    if (k > 0 && isPossessiveS(tokens.get(k - 1).word())) {
      k--;
    }
    String state = stateOf(mentionEndingAt(s, k));
    if (state == null && statesNamed.containsKey(o.country())) {
      state = o.country();
    }
    if (state == null) {
      state = mostNamedState();
    }
    String id = state == null ? null
        : state.equals(o.country()) ? o.id() : bodies.id(nameWithoutState(o), state);
    if (id == null) {
      // whose it is the text does not say: a body by the name alone, of no state
      id = Entity.slug(m.surface().text());
      state = null;
    }
    addEntity(new Entity(id, id.equals(o.id()) && state != null ? o.name()
        : m.surface().text(), EntityKind.ORGANIZATION, state, null, false));
    claim(s, m, id, Mention.Via.NAME);
  }

  /** "Department of Foreign Affairs" of "Philippine Department of Foreign Affairs". */
  private String nameWithoutState(OrganizationEntry o) {
    StateEntry st = gazetteer.states().get(o.country());
    for (String demonym : st == null ? List.<String>of() : st.demonyms()) {
      if (o.name().startsWith(demonym + " ")) {
        return o.name().substring(demonym.length() + 1);
      }
    }
    return o.name();
  }

  /** The state the text names more often than any other, or null when none or a tie. */
  private String mostNamedState() {
    String best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : statesNamed.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** Words a nationality's noun phrase may hold between the demonym and the name. */
  private static final Pattern ROLE_TAG = Pattern.compile("NN|NNS|NNP|JJ");

  /**
   * The nationality the text gives a name at {@code m}: a demonym before it, alone or before at
   * most three role words ("Colombian senator Pedro Sanchez", "Kenyan opposition leader ..."),
   * or in an apposition right after it ("Pedro Sanchez, a Colombian lawmaker,"); or null.
   */
  private String statedNationality(int s, SurfaceMatch m, List<SurfaceMatch> found) {
    List<CoreLabel> tokens = tokens(s);
    int j = m.tokenBegin();
    while (j > 0 && m.tokenBegin() - j < 3 && !"PERSON".equals(tokens.get(j - 1).ner())
        && ROLE_TAG.matcher(tokens.get(j - 1).tag()).matches()
        && demonymEndingAt(found, j) == null) {
      j--;
    }
    String before = demonymEndingAt(found, j);
    if (before != null) {
      return before;
    }
    int e = m.tokenEnd();
    if (e + 2 < tokens.size() && tokens.get(e).word().equals(",")
        && Set.of("a", "an").contains(tokens.get(e + 1).word().toLowerCase(Locale.ROOT))) {
      for (SurfaceMatch d : found) {
        if (d.tokenBegin() == e + 2 && d.surface().kind() == Surface.Kind.DEMONYM) {
          return d.surface().id();
        }
      }
    }
    return null;
  }

  private static String demonymEndingAt(List<SurfaceMatch> found, int t) {
    for (SurfaceMatch d : found) {
      if (d.tokenEnd() == t && d.surface().kind() == Surface.Kind.DEMONYM) {
        return d.surface().id();
      }
    }
    return null;
  }

  /** "talks in Moscow": a capital after a preposition of place is the venue, not the state. */
  private static boolean isLocative(List<CoreLabel> tokens, SurfaceMatch m) {
    return m.tokenBegin() > 0 && LOCATIVE.contains(tokens.get(m.tokenBegin() - 1).word()
        .toLowerCase(Locale.ROOT));
  }

  /**
   * "Wang I. Beijing supports": a state or capital after a name's initial is where a sentence
   * split failed ("I." read as an initial, not a stop), not the end of the name.
   */
  private static boolean afterInitial(List<CoreLabel> tokens, SurfaceMatch m) {
    return m.surface().kind() != Surface.Kind.DEMONYM && m.tokenBegin() > 1
        && INITIAL.matcher(tokens.get(m.tokenBegin() - 1).word()).matches();
  }

  /** "the Taiwan Strait", "the South China Sea": a state's name inside a place name. */
  private boolean namesAPlace(List<CoreLabel> tokens, SurfaceMatch m) {
    return m.tokenEnd() < tokens.size()
        && rules.geographicFeatures().contains(tokens.get(m.tokenEnd()).word());
  }

  /** "Jordan" in "Michael Jordan" is no state: NER sees one longer PERSON name around it. */
  private static boolean insidePersonName(List<CoreLabel> tokens, SurfaceMatch m) {
    boolean person = "PERSON".equals(tokens.get(m.tokenBegin()).ner());
    boolean before = m.tokenBegin() > 0 && "PERSON".equals(tokens.get(m.tokenBegin() - 1).ner());
    boolean after = m.tokenEnd() < tokens.size() && "PERSON".equals(tokens.get(m.tokenEnd()).ner());
    return person && (before || after);
  }

  private void addState(String id) {
    StateEntry st = gazetteer.states().get(id);
    addEntity(new Entity(id, st.name(), EntityKind.STATE, null, null, false));
  }

  // ---- pass 2: names that NER finds and the gazetteer does not know

  private void nerPass(int s) {
    List<CoreMap> ners = sentences.get(s).get(CoreAnnotations.MentionsAnnotation.class);
    if (ners == null) {
      return;
    }
    boolean[] taken = claimed.get(s);
    for (CoreMap em : ners) {
      String tag = em.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      List<CoreLabel> toks = em.get(CoreAnnotations.TokensAnnotation.class);
      int tb = toks.get(0).index() - 1;
      int te = toks.get(toks.size() - 1).index();
      // NER may run a name into a claimed word ("Peskov Kremlin"): keep the unclaimed head.
      int head = tb;
      while (head < te && !taken[head]) {
        head++;
      }
      if (head == tb) {
        continue;
      }
      boolean cut = head < te;
      int nerEnd = te;
      te = head;
      List<CoreLabel> sentenceTokens = tokens(s);
      if (venues.inDatelinePlace(sentenceTokens.get(tb).beginPosition(),
          sentenceTokens.get(te - 1).endPosition())) {
        markTaken(taken, tb, te); // "Nusa Dua, Indonesia:" names a place, not a person
        continue;
      }
      if ("PERSON".equals(tag)) {
        te = withoutTrailingInitial(sentenceTokens, tb, te);
      }
      int begin = sentenceTokens.get(tb).beginPosition();
      int end = sentenceTokens.get(te - 1).endPosition();
      String name = text.substring(begin, end).replaceAll("\\s+", " ");
      if ("PERSON".equals(tag) && groupNames.contains(name)) {
        addOrganisation(s, tb, te, name); // "Viv Ansanm said" after "the Viv Ansanm coalition"
        continue;
      }
      if ("PERSON".equals(tag)) {
        if (te - tb == 1) {
          continue; // a one-word name is a short form: the short-form pass links it
        }
        List<String> words = Entity.personNameWords(name);
        if (words.size() == 1) {
          // "Mr Orban", "Locsin Jr.": one name with an honorific or a suffix is a short form
          // too; only its name word is left for the short-form pass.
          for (int k = tb; k < te; k++) {
            taken[k] = !sentenceTokens.get(k).originalText().equals(words.get(0));
          }
          continue;
        }
        if (inCredit(begin, end)) {
          markTaken(taken, tb, te); // "REUTERS/Jane Doe": a photographer's credit
          continue;
        }
        if (numberedName(sentenceTokens, te)) {
          markTaken(taken, tb, te); // "Haiyang 8": a vessel or a craft, no person
          continue;
        }
        PersonEntry known = truncated(end) ? knownBeginning(name) : knownPerson(name);
        if (known == null && truncated(end)) {
          markTaken(taken, tb, te); // "Vladimir Put...": no id for a name cut short
          continue;
        }
        String id = known != null ? known.id() : Entity.personId(name);
        if (id.isEmpty()) {
          continue;
        }
        String country = known != null ? known.country() : qualifierCountry(s, tb);
        addEntity(new Entity(id, known != null ? known.name() : name, EntityKind.PERSON,
            country, null, false));
        mentions.add(new Mention(id, s, tb, te, begin, end, Mention.Via.NAME));
        markTaken(taken, tb, te);
      } else if ("ORGANIZATION".equals(tag) && CAPITALISED.matcher(name).lookingAt()) {
        if (te - tb == 1 && onlyFirstName(name) != null) {
          continue; // NER takes a lone name for a body ("..., Gan said"): the short-form pass
        }
        if (te - tb == 1 && NationalBodies.namesMission(name)) {
          continue; // "Embassy" of "the Embassy of Japan": its state names it, further on
        }
        // the gazetteer forms the tokens are, whole: one lookup for both questions below
        List<Surface> whole = wholeForms(sentenceTokens, tb, te);
        if (te - tb == 1 && insideTitle(s, tb, te) && !knownName(whole)) {
          continue; // "Secretary of State", "Defense Secretary": an office, not a body
        }
        String listed = listedOrganisation(whole);
        if (listed != null && gazetteer.organizations().get(listed).isShared(name)) {
          // "NIS" that the gazetteer pass left: no state says whose, so no listed id
          listed = null;
        }
        if (listed != null) {
          // "A State Department spokesperson": the title's form hid a name the gazetteer lists
          var o = gazetteer.organizations().get(listed);
          addEntity(new Entity(listed, o.name(), EntityKind.ORGANIZATION,
              o.country(), null, false));
          mentions.add(new Mention(listed, s, tb, te, begin, end, Mention.Via.NAME));
          markTaken(taken, tb, te);
          continue;
        }
        if (bodyName(s, tb, te, cut)) {
          continue;
        }
        if (cut && te - tb == 1 && !"NNP".equals(sentenceTokens.get(tb).tag())) {
          continue; // "The" of "The Washington Post", the rest a name the gazetteer knows
        }
        if (cut && allianceTail(s, te, nerEnd)) {
          // "the Northern Security Council": a body whose name ends in an alliance's
          // form is named whole, not cut before it
          te = nerEnd;
        } else if (cut) {
          // "Trade Committee of the" before a claimed name: the body without the
          // words that led into it
          while (te - tb > 1
              && NationalBodies.isTrailingFunctionWord(sentenceTokens.get(te - 1).word())) {
            te--;
          }
        }
        end = sentenceTokens.get(te - 1).endPosition();
        addOrganisation(s, tb, te, text.substring(begin, end).replaceAll("\\s+", " "));
      }
    }
  }

  /** A body NER found at tokens [tb, te) and the gazetteer does not list, claimed. */
  private void addOrganisation(int s, int tb, int te, String name) {
    String id = Entity.slug(name);
    if (id.isEmpty()) {
      return;
    }
    List<CoreLabel> tokens = tokens(s);
    addEntity(new Entity(id, name, EntityKind.ORGANIZATION, null, null, false));
    mentions.add(new Mention(id, s, tb, te, tokens.get(tb).beginPosition(),
        tokens.get(te - 1).endPosition(), Mention.Via.NAME));
    markTaken(claimed.get(s), tb, te);
  }

  /** Names NER took for people's that the text puts before a group noun ("coalition"). */
  private final Set<String> groupNames = new HashSet<>();

  /**
   * "The Viv Ansanm coalition", "the Tren de Aragua gang": a name of two words or more NER tags
   * a person's, the gazetteer lists no one by, before a noun of a group, is the group's name
   * wherever the text uses it ("Viv Ansanm said"), since people are not named as groups are.
   */
  private void findGroupNames() {
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreMap> ners = sentences.get(s).get(CoreAnnotations.MentionsAnnotation.class);
      List<CoreLabel> tokens = tokens(s);
      for (CoreMap em : ners == null ? List.<CoreMap>of() : ners) {
        List<CoreLabel> toks = em.get(CoreAnnotations.TokensAnnotation.class);
        int te = toks.get(toks.size() - 1).index();
        if (!"PERSON".equals(em.get(CoreAnnotations.NamedEntityTagAnnotation.class))
            || toks.size() < 2 || te >= tokens.size()
            || !rules.groupNouns().contains(tokens.get(te).word().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String name = text.substring(toks.get(0).beginPosition(),
            toks.get(toks.size() - 1).endPosition()).replaceAll("\\s+", " ");
        if (knownPerson(name) == null) {
          groupNames.add(name);
        }
      }
    }
  }

  /** Per sentence, the tokens the gazetteer pass left to the alliance annotator. */
  private final Map<Integer, Set<Integer>> allianceTokens = new HashMap<>();

  /** Whether tokens [from, to) of sentence s are all an alliance's form. */
  private boolean allianceTail(int s, int from, int to) {
    Set<Integer> a = allianceTokens.getOrDefault(s, Set.of());
    for (int k = from; k < to; k++) {
      if (!a.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens [tb, te) lie inside a title the gazetteer pass met ("Secretary of State"). */
  private boolean insideTitle(int s, int tb, int te) {
    for (TitleHit t : titles) {
      if (t.sentence() == s && t.tokenBegin() <= tb && te <= t.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  /** The gazetteer forms that tokens [tb, te) are, whole, in the order found. */
  private List<Surface> wholeForms(List<CoreLabel> tokens, int tb, int te) {
    List<Surface> out = new ArrayList<>();
    for (SurfaceMatch m : SurfaceMatch.find(text, tokens.subList(tb, te), index)) {
      if (m.tokenEnd() - m.tokenBegin() == te - tb) {
        out.add(m.surface());
      }
    }
    return out;
  }

  /**
   * Whether tokens alone are a form the gazetteer knows as no title ({@code whole}, their
   * {@link #wholeForms}: "Kremlin" in "Kremlin spokesman", "NATO" in "NATO chief"): a body named
   * inside a title still speaks.
   */
  private static boolean knownName(List<Surface> whole) {
    return whole.stream().anyMatch(f -> f.kind() != Surface.Kind.TITLE);
  }

  /** The gazetteer organisation whose form tokens are, whole ({@link #wholeForms}), or null. */
  private static String listedOrganisation(List<Surface> whole) {
    return whole.stream().filter(f -> f.kind() == Surface.Kind.ORGANIZATION).map(Surface::id)
        .findFirst().orElse(null);
  }

  /** A state's body NER named, waiting for the state its id names. */
  private record PendingBody(int sentence, int tokenBegin, int tokenEnd, String name,
      boolean cut) {}

  private final List<PendingBody> pendingBodies = new ArrayList<>();

  /**
   * Takes an NER organisation headed by a body noun ("Ministry of Foreign Affairs", "Foreign
   * Ministry Spokesperson", "Cabinet of") as a state's body, to be named once the whole text's
   * names are known ({@link #qualifyBodies}); false when the name is no body.
   */
  private boolean bodyName(int s, int tb, int te, boolean cut) {
    List<CoreLabel> tokens = tokens(s);
    int end = te;
    // "Foreign Ministry Spokesperson": the body ends at its last body noun, a role after it
    // names a person of the body
    int lastBody = -1;
    for (int k = tb; k < te; k++) {
      if (NationalBodies.isBody(tokens.get(k).word())) {
        lastBody = k;
      }
    }
    if (lastBody < 0) {
      return false;
    }
    boolean ofAfter = false;
    for (int k = lastBody + 1; k < te; k++) {
      ofAfter |= tokens.get(k).word().equals("of");
    }
    if (!ofAfter) {
      end = lastBody + 1;
    }
    while (end > tb && NationalBodies.isTrailingFunctionWord(tokens.get(end - 1).word())) {
      end--;
    }
    int begin = tb;
    if (begin < end && tokens.get(begin).word().equalsIgnoreCase("the")) {
      begin++;
    }
    String name = text.substring(tokens.get(begin).beginPosition(),
        tokens.get(end - 1).endPosition()).replaceAll("\\s+", " ");
    if (begin >= end || !NationalBodies.isBody(name)) {
      return false;
    }
    pendingBodies.add(new PendingBody(s, begin, end, name, cut || end < te));
    markTaken(claimed.get(s), tb, te);
    return true;
  }

  /**
   * Names each body NER found by the state it belongs to ({@link NationalBodies#id}): the state
   * its own phrase names ("Chad's Foreign Affairs Ministry", "the Kenyan Energy Ministry",
   * "Ministry of Foreign Affairs of Peru", "... in Lima"), else the state of the person it
   * introduces ("Foreign Ministry spokesman Ana Ruiz"), else the state the article names
   * most, whose body an unqualified "the Foreign Ministry" of its own news is.
   */
  private void qualifyBodies() {
    String main = mainState();
    for (PendingBody b : pendingBodies) {
      String state = phraseState(b);
      if (state == null) {
        state = introducedPersonState(b);
      }
      // the sentence's or the article's state only for a name many states give a body
      boolean generic = state == null && bodies.isGeneric(b.name());
      if (generic) {
        state = stateBefore(b);
      }
      if (state == null && generic && !possessed(b)) {
        state = stateThatSpokeBefore(b.sentence());
      }
      // "his Cabinet" of someone whose state is unknown is no body of the article's state
      if (state == null && generic && !possessed(b)) {
        state = main;
      }
      String id = state == null ? null : bodies.id(b.name(), state);
      if (id == null) {
        id = Entity.slug(b.name());
      }
      if (id.isEmpty()) {
        continue;
      }
      var known = gazetteer.organizations().get(id);
      addEntity(new Entity(id, known != null ? known.name() : b.name(),
          EntityKind.ORGANIZATION, state, null, false));
      List<CoreLabel> tokens = tokens(b.sentence());
      mentions.add(new Mention(id, b.sentence(), b.tokenBegin(), b.tokenEnd(),
          tokens.get(b.tokenBegin()).beginPosition(),
          tokens.get(b.tokenEnd() - 1).endPosition(), Mention.Via.NAME));
    }
    pendingBodies.clear();
  }

  private static final Pattern DESCRIBING_TAG = Pattern.compile("JJ|NNS?|NNPS?");

  /** At most this many words describe a body between its state and its head noun. */
  private static final int BODY_WORDS = 3;

  /**
   * "Kenya's foreign ministry", "the Kenyan energy ministry", "the Chinese embassy": a body noun
   * after a state that names no listed organisation nor one NER found is that state's body, named
   * as the gazetteer names bodies ({@link NationalBodies#id}); the state's own mention stays.
   * "The Embassy of Japan" names its state after "of".
   */
  private void describedBodyPass(int s) {
    List<CoreLabel> tokens = tokens(s);
    boolean[] taken = claimed.get(s);
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (taken[i] || !tokens.get(i).tag().startsWith("NN")
          || !NationalBodies.namesMission(word) && !NationalBodies.namesStateBody(word)) {
        continue;
      }
      int j = i;
      while (j > 0 && i - j < BODY_WORDS && !taken[j - 1]
          && DESCRIBING_TAG.matcher(tokens.get(j - 1).tag()).matches()
          && tokens.get(j - 1).word().chars().allMatch(Character::isLetter)) {
        j--;
      }
      int k = j;
      if (k > 0 && isPossessiveS(tokens.get(k - 1).word())) {
        k--;
      }
      Mention m = mentionEndingAt(s, k);
      if (stateOf(m) == null) {
        m = stateAfterOf(s, i + 1); // "the Embassy of Japan", "the foreign ministry of Peru"
      }
      String state = stateOf(m);
      if (state == null || venueMentions.contains(m)) {
        continue;
      }
      String name = text.substring(tokens.get(j).beginPosition(), tokens.get(i).endPosition());
      String id = bodies.id(name, state);
      if (id == null) {
        continue;
      }
      var known = gazetteer.organizations().get(id);
      int from = Math.min(j, m.tokenBegin());
      int to = Math.max(i + 1, m.tokenEnd());
      addEntity(new Entity(id, known != null ? known.name() : text.substring(
          tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition()),
          EntityKind.ORGANIZATION, state, null, false));
      mentions.add(new Mention(id, s, j, i + 1, tokens.get(j).beginPosition(),
          tokens.get(i).endPosition(), Mention.Via.NAME));
      markTaken(taken, j, i + 1);
    }
  }

  /** The state's mention after "of" (and "the") at token {@code at}, or null. */
  private Mention stateAfterOf(int s, int at) {
    List<CoreLabel> tokens = tokens(s);
    if (at >= tokens.size() || !tokens.get(at).word().equals("of")) {
      return null;
    }
    at++;
    if (at < tokens.size() && tokens.get(at).word().equalsIgnoreCase("the")) {
      at++;
    }
    Mention m = mentionAt(s, at);
    return stateOf(m) == null ? null : m;
  }

  /** The state a body's own phrase names, before it or after "of" / "in"; or null. */
  private String phraseState(PendingBody b) {
    List<CoreLabel> tokens = tokens(b.sentence());
    int k = b.tokenBegin();
    if (k > 0 && tokens.get(k - 1).word().equalsIgnoreCase("the")) {
      k--;
    }
    if (k > 0 && isPossessiveS(tokens.get(k - 1).word())) {
      k--;
    }
    Mention before = mentionEndingAt(b.sentence(), k);
    if (before == null && k != b.tokenBegin()) {
      before = mentionEndingAt(b.sentence(), b.tokenBegin());
    }
    String state = stateOf(before);
    if (state != null) {
      return state;
    }
    int at = b.tokenEnd();
    if (at < tokens.size() && List.of("of", "in").contains(tokens.get(at).word())) {
      at++;
      if (at < tokens.size() && tokens.get(at).word().equalsIgnoreCase("the")) {
        at++;
      }
      String named = stateOf(mentionAt(b.sentence(), at));
      // "the Ministry of Foreign Affairs in Lima": the capital after "in" is no mention of
      // its own (a venue), yet it says whose ministry
      return named != null ? named : stateNamedAt(tokens, at);
    }
    return null;
  }

  /**
   * The state named last before a body in its sentence ("The Kenyan team met officials
   * from the Defense Ministry"); after "his" or "their", the state of the person named last
   * before it ("Ruiz and her Cabinet"). Null when none is.
   */
  private String stateBefore(PendingBody b) {
    List<CoreLabel> tokens = tokens(b.sentence());
    int k = b.tokenBegin();
    boolean possessed = possessed(b);
    Mention last = null;
    for (Mention m : mentions) {
      Entity e = entities.get(m.id());
      if (m.sentence() == b.sentence() && m.tokenEnd() <= k && e != null
          && (possessed ? e.kind() == EntityKind.PERSON && e.country() != null
              : e.kind() == EntityKind.STATE && !venueMentions.contains(m))
          && (last == null || m.tokenBegin() > last.tokenBegin())) {
        last = m;
      }
    }
    if (last == null) {
      return null;
    }
    Entity e = entities.get(last.id());
    return e.kind() == EntityKind.STATE ? e.id() : e.country();
  }

  /**
   * "Burundi said it was alarmed. The Foreign Ministry said ...": the one state the sentence
   * before, in the same paragraph, names, when a speech cue follows one of its mentions there
   * (its verb, at most three words on); the body speaking next is that state's, whichever state
   * the text names most. Null otherwise.
   */
  private String stateThatSpokeBefore(int s) {
    int p = s - 1;
    if (p < 0 || tokens(p).isEmpty() || tokens(s).isEmpty() || text.substring(
        tokens(p).get(tokens(p).size() - 1).endPosition(), tokens(s).get(0).beginPosition())
        .indexOf('\n') >= 0) {
      return null;
    }
    List<CoreLabel> tokens = tokens(p);
    String state = null;
    boolean spoke = false;
    for (Mention m : mentions) {
      Entity e = m.sentence() == p && !venueMentions.contains(m) ? entities.get(m.id()) : null;
      if (e == null || e.kind() != EntityKind.STATE) {
        continue;
      }
      if (state != null && !state.equals(e.id())) {
        return null; // two states: which one's body the text does not say
      }
      state = e.id();
      for (int k = m.tokenEnd(); k < Math.min(tokens.size(), m.tokenEnd() + 3); k++) {
        if (tokens.get(k).tag().startsWith("VB")) {
          spoke |= !cues.cues(tokens.get(k).lemma()).isEmpty();
          break;
        }
      }
    }
    return spoke ? state : null;
  }

  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");

  /** Whether a token is the possessive "'s", with either apostrophe. */
  private static boolean isPossessiveS(String word) {
    return word.equals("'s") || word.equals("’s");
  }

  private boolean possessed(PendingBody b) {
    return b.tokenBegin() > 0 && POSSESSIVES.contains(tokens(b.sentence())
        .get(b.tokenBegin() - 1).word().toLowerCase(Locale.ROOT));
  }

  /** The state a capital or a state's name at token {@code at} names, though not claimed. */
  private String stateNamedAt(List<CoreLabel> tokens, int at) {
    if (at >= tokens.size()) {
      return null;
    }
    for (SurfaceMatch m : SurfaceMatch.find(text, tokens, index)) {
      Surface.Kind k = m.surface().kind();
      if (m.tokenBegin() == at && (k == Surface.Kind.STATE || k == Surface.Kind.METONYM)) {
        return m.surface().id();
      }
    }
    return null;
  }

  private String stateOf(Mention m) {
    Entity e = m == null ? null : entities.get(m.id());
    return e != null && e.kind() == EntityKind.STATE ? e.id() : null;
  }

  /**
   * The state of the person a body's name introduces as its role holder ("Foreign Ministry
   * spokesman Ana Ruiz": the name right after the body, or after one role word), or null.
   */
  private String introducedPersonState(PendingBody b) {
    for (int at = b.tokenEnd(); at <= b.tokenEnd() + 2; at++) {
      Mention m = mentionAt(b.sentence(), at);
      Entity e = m == null ? null : entities.get(m.id());
      if (e != null && e.kind() == EntityKind.PERSON) {
        return e.country();
      }
    }
    return null;
  }

  /** The state the text names most often, not as a venue (first named among equals), or null. */
  private String mainState() {
    return Entity.mostNamedState(mentions.stream().filter(m -> !venueMentions.contains(m))
        .sorted(Comparator.comparingInt(Mention::begin)).toList(), entities);
  }

  /**
   * A name cut short ends in a lone letter: an initial before a failed sentence split ("Wang I."
   * before "Beijing supports") or a text truncated mid-name ("Xi J" at its very end). Without the
   * letter it is the short form of someone named in full.
   */
  private int withoutTrailingInitial(List<CoreLabel> tokens, int tb, int te) {
    if (te - tb < 2) {
      return te;
    }
    String last = tokens.get(te - 1).word();
    boolean initial = INITIAL.matcher(last).matches();
    boolean truncated = last.length() == 1 && Character.isUpperCase(last.charAt(0))
        && te == tokens.size() && text.substring(tokens.get(te - 1).endPosition()).isBlank();
    return initial || truncated ? te - 1 : te;
  }

  private static final Pattern ARABIC_NUMBER = Pattern.compile("\\d+");

  /**
   * Whether a name NER took for a person is followed by a number ("Haiyang Dizhi 8", "Sansha
   * 101"): ships, aircraft and rockets carry numbers, people only regnal numerals ("Charles
   * III"), which are Roman.
   */
  private static boolean numberedName(List<CoreLabel> tokens, int te) {
    return te < tokens.size() && ARABIC_NUMBER.matcher(tokens.get(te).word()).matches();
  }

  /**
   * Whether a name touches a slash ("AFP/John Smith", "EPA-EFE/JOHN SMITH/POOL"): photo credits
   * join agency and photographer so; names in running text are set off by spaces.
   */
  private boolean inCredit(int begin, int end) {
    return begin > 0 && text.charAt(begin - 1) == '/'
        || end < text.length() && text.charAt(end) == '/';
  }

  /** Whether the name ending at character {@code end} is cut short by an ellipsis ("Put..."). */
  private boolean truncated(int end) {
    return text.startsWith("...", end) || text.startsWith("\u2026", end);
  }

  /** The one gazetteer person whose name begins with a name cut short, or null. */
  private PersonEntry knownBeginning(String name) {
    String prefix = Entity.fold(name);
    PersonEntry found = null;
    for (PersonEntry p : gazetteer.people().values()) {
      if (Entity.fold(p.name()).startsWith(prefix)) {
        if (found != null) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  /**
   * The gazetteer person a name NER found is another spelling of: a given name spelt alike and a
   * surname that differs at most in its last two letters ("Dmytro Peskov", "Volodymyr
   * Zelenskiy"), when exactly one person fits. A different given name is a different person of
   * that surname ("Brandon Johnson" is not Boris Johnson).
   */
  private PersonEntry knownPerson(String name) {
    List<String> words = Entity.personNameWords(name);
    String last = Names.lastName(name);
    PersonEntry found = null;
    for (PersonEntry p : gazetteer.people().values()) {
      String pl = Names.lastName(p.name());
      if (similarSurname(pl, last) && sameGivenName(Entity.personNameWords(p.name()), words)) {
        if (found != null && !found.id().equals(p.id())) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }


  /**
   * Whether two names' first words are one given name: the same, one the other's initial or
   * short form ("Alex", "Alexander"), or a transliteration at most two letters apart ("Dmytro",
   * "Dmitry"; "Sergei", "Sergey"). Compared from the first word, so it holds for family-first
   * names too ("Kim Yo Jong" and "Kim Jong Un" share "Kim" and are told apart by the surname
   * test).
   */
  private static boolean sameGivenName(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    String x = Entity.fold(a.get(0)).replace(".", "").toLowerCase(Locale.ROOT);
    String y = Entity.fold(b.get(0)).replace(".", "").toLowerCase(Locale.ROOT);
    if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)) {
      return false;
    }
    // EditDistance keeps its table in a field, so an instance is never shared between threads
    return x.startsWith(y) || y.startsWith(x)
        || new edu.stanford.nlp.util.EditDistance().score(x, y) <= 2;
  }

  private static boolean similarSurname(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int common = 0;
    while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 5 && common >= Math.max(a.length(), b.length()) - 2;
  }

  /** The state named by a demonym, name or metonym just before token {@code t}. */
  private String qualifierCountry(int s, int t) {
    for (Mention m : mentions) {
      if (m.sentence() == s && m.tokenEnd() >= t - 2 && m.tokenEnd() <= t
          && entities.get(m.id()).kind() == EntityKind.STATE) {
        return m.id();
      }
    }
    return null;
  }

  // ---- pass 3: titles and descriptions

  private void resolveTitle(TitleHit t) {
    List<CoreLabel> tokens = tokens(t.sentence());
    boolean[] taken = claimed.get(t.sentence());
    if (anyTaken(taken, t.tokenBegin(), t.tokenEnd())) {
      return;
    }
    // "President Putin", "Foreign Minister Wang Yi": the title belongs to the name after it.
    Mention next = mentionAt(t.sentence(), t.tokenEnd());
    if (next != null && entities.get(next.id()).kind() == EntityKind.PERSON) {
      entities.computeIfPresent(next.id(), (k, e) -> e.withTitle(t.office()));
      markTaken(taken, t.tokenBegin(), t.tokenEnd());
      return;
    }
    if (t.tokenEnd() < tokens.size() && "PERSON".equals(tokens.get(t.tokenEnd()).ner())) {
      return; // a name NER found and the short-form pass will link; the title stays with it
    }
    // "its president, Ana Ruiz, said": a name set off after the title is its holder.
    if (t.tokenEnd() + 1 < tokens.size() && tokens.get(t.tokenEnd()).word().equals(",")) {
      Mention apposed = mentionAt(t.sentence(), t.tokenEnd() + 1);
      if (apposed != null && entities.get(apposed.id()).kind() == EntityKind.PERSON
          || apposed == null && "PERSON".equals(tokens.get(t.tokenEnd() + 1).ner())) {
        return;
      }
    }
    // Walk left over the qualifier: "the Russian", "Russia's", "his Chinese", "the Kremlin".
    int start = t.tokenBegin();
    String country = null;
    boolean determined = false;
    while (start > 0) {
      CoreLabel prev = tokens.get(start - 1);
      String w = prev.word().toLowerCase(Locale.ROOT);
      Mention m = mentionEndingAt(t.sentence(), start);
      if (m != null && country == null && entities.get(m.id()).kind() == EntityKind.STATE) {
        country = m.id();
        start = m.tokenBegin();
      } else if (isPossessiveS(w)) {
        start--;
      } else if (DETERMINERS.contains(w)) {
        determined = true;
        start--;
        break;
      } else {
        break;
      }
    }
    // "the President of Russia"
    int end = t.tokenEnd();
    if (country == null && end + 1 < tokens.size() && tokens.get(end).word().equals("of")) {
      // "of Russia", "of the Russian Federation"
      int at = end + 1 < tokens.size() - 1
          && tokens.get(end + 1).word().equalsIgnoreCase("the") ? end + 2 : end + 1;
      Mention m = mentionAt(t.sentence(), at);
      if (m != null && entities.get(m.id()).kind() == EntityKind.STATE) {
        country = m.id();
        end = m.tokenEnd();
      }
    }
    if (!determined && country == null) {
      return;
    }
    String person = holder(t.office(), country, t.sentence());
    if (person == null) {
      return;
    }
    entities.computeIfPresent(person, (k, e) -> e.withTitle(t.office()));
    int begin = tokens.get(start).beginPosition();
    int stop = tokens.get(end - 1).endPosition();
    mentions.add(new Mention(person, t.sentence(), start, end, begin, stop, Mention.Via.TITLE));
    markTaken(taken, t.tokenBegin(), t.tokenEnd());
  }

  /**
   * Who holds {@code office} (in {@code country}, when given): on the article's date when it is
   * known, else only someone named in this document. "counterpart" is anyone of that country
   * named in the document, leaders first.
   */
  private String holder(String office, String country, int sentence) {
    boolean counterpart = office.equals("counterpart");
    if (counterpart && country == null) {
      return null;
    }
    List<String> inDoc = new ArrayList<>();
    for (Entity e : entities.values()) {
      if (e.kind() != EntityKind.PERSON || mentions.stream().noneMatch(m -> m.id().equals(e.id()))) {
        continue;
      }
      PersonEntry p = gazetteer.people().get(e.id());
      boolean fits;
      if (counterpart) {
        fits = country.equals(e.country());
      } else if (p != null) {
        fits = p.terms().stream().anyMatch(tm -> tm.office().equals(office)
            && (country == null || country.equals(tm.country()))
            && (date == null || tm.covers(date)));
      } else {
        fits = office.equals(e.title()) && (country == null || country.equals(e.country()));
      }
      if (fits) {
        inDoc.add(e.id());
      }
    }
    if (counterpart && inDoc.size() > 1) {
      List<String> leaders = inDoc.stream().filter(id -> holdsAny(id, "leader")).toList();
      inDoc = leaders.isEmpty() ? inDoc : leaders;
    }
    if (inDoc.size() == 1) {
      return inDoc.get(0);
    }
    if (inDoc.size() > 1) {
      return nearestBefore(inDoc, sentence);
    }
    if (date != null && country != null) {
      String want = counterpart ? "leader" : office;
      List<String> holders = gazetteer.people().values().stream()
          .filter(p -> p.terms().stream().anyMatch(tm -> tm.office().equals(want)
              && country.equals(tm.country()) && tm.covers(date)))
          .map(PersonEntry::id).toList();
      if (holders.size() == 1) {
        PersonEntry p = gazetteer.people().get(holders.get(0));
        addEntity(new Entity(p.id(), p.name(), EntityKind.PERSON, p.country(), office, false));
        return p.id();
      }
    }
    return null;
  }

  private boolean holdsAny(String id, String office) {
    PersonEntry p = gazetteer.people().get(id);
    return p != null && p.terms().stream().map(Term::office).anyMatch(office::equals);
  }

  private String nearestBefore(List<String> ids, int sentence) {
    String best = ids.get(0);
    int bestSentence = -1;
    for (Mention m : mentions) {
      if (ids.contains(m.id()) && m.sentence() <= sentence && m.sentence() >= bestSentence) {
        best = m.id();
        bestSentence = m.sentence();
      }
    }
    return best;
  }

  // ---- pass 4: short forms ("Putin", "Mr Xi") of names seen in the document or the gazetteer

  /**
   * The short forms of the people named in full ({@link #shortFormsInDocument}), built once and
   * rebuilt only when the pass changes what they are made of: an entity, or who is named first
   * (a short form before the full name). Null when they must be rebuilt.
   */
  private Map<String, List<String>> shortForms;
  /** Where each id is first mentioned, as of {@link #shortForms}. */
  private Map<String, Integer> firstMentioned;
  /** {@link #entityChanges} as of {@link #shortForms}. */
  private int shortFormsAt;
  /** How often {@link #addEntity} changed an entity: the short forms are made of them. */
  private int entityChanges;

  private void shortFormPass(int s) {
    if (shortForms == null || shortFormsAt != entityChanges) {
      shortForms = shortFormsInDocument();
      shortFormsAt = entityChanges;
    }
    // This sentence reads the forms as of its start; what it adds shows from the next one.
    Map<String, List<String>> inDoc = shortForms;
    List<CoreLabel> tokens = tokens(s);
    boolean[] taken = claimed.get(s);
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]) {
        continue;
      }
      CoreLabel tok = tokens.get(i);
      String w = tok.originalText();
      if (Entity.isHonorific(w)) {
        continue; // "Sheikh" left of a name the gazetteer claimed is no one's name
      }
      boolean nerPerson = "PERSON".equals(tok.ner());
      List<String> sharing = inDoc.get(Entity.fold(w));
      String id = sharing == null ? null
          : sharing.size() == 1 ? sharing.get(0) : sharedSurname(sharing, s, i);
      // NER often leaves a lone surname ("Xi said") untagged: a proper noun that the gazetteer
      // knows as exactly one person's short form is taken too.
      boolean properNoun = "NNP".equals(tok.tag()) && "O".equals(tok.ner())
          && !CALENDAR.contains(w);
      if (id == null && "ORGANIZATION".equals(tok.ner())) {
        id = onlyFirstName(w); // left unclaimed by the NER pass for this
      }
      if (id == null && (nerPerson || properNoun)) {
        if (nerPerson || !modifierOrPartOfName(tokens, taken, i)) {
          id = gazetteerShortForm(w, qualifierCountry(s, i));
        }
        if (id == null && (nerPerson || standsAlone(tokens, i))) {
          id = onlyFirstName(w);
        }
        if (id == null && nerPerson) {
          id = Entity.slug(w);
          if (!id.isEmpty()) {
            addEntity(new Entity(id, w, EntityKind.PERSON, qualifierCountry(s, i), null, false));
          }
        }
      }
      if (id == null || id.isEmpty() || !CAPITALISED.matcher(w).matches()) {
        continue;
      }
      int other = otherNameWord(tokens, s, i, entities.get(id));
      if (other >= 0) {
        addFullName(s, Math.min(i, other), Math.max(i, other) + 1);
        continue;
      }
      // "the Biden administration" is the government, not the man.
      if (i + 1 < tokens.size() && rules.governmentNouns().contains(tokens.get(i + 1).word())) {
        String state = entities.get(id).country();
        if (state != null && gazetteer.states().containsKey(state)) {
          addState(state);
          addShortFormMention(new Mention(state, s, i, i + 2, tok.beginPosition(),
              tokens.get(i + 1).endPosition(), Mention.Via.METONYM));
        }
        taken[i] = true;
        continue;
      }
      addShortFormMention(new Mention(id, s, i, i + 1, tok.beginPosition(), tok.endPosition(),
          Mention.Via.SURNAME));
      taken[i] = true;
    }
  }

  /**
   * The token next to a short form at {@code i} that makes it a full name the person it would
   * link to does not bear ("Xue Jian" is not Lin Jian, whichever of the two words is the family
   * name), or -1. NER missed the pair as a person (it often tags a Chinese name after a place as
   * part of the place), so the neighbour must carry the same name tag, or PERSON, and be an
   * unclaimed capitalised proper noun that is no honorific, month or title; a name word the
   * person does bear ("Jinping" of Xi Jinping) is one name, not two people.
   */
  private int otherNameWord(List<CoreLabel> tokens, int s, int i, Entity linked) {
    if (linked == null || linked.kind() != EntityKind.PERSON) {
      return -1;
    }
    boolean[] taken = claimed.get(s);
    String tag = tokens.get(i).ner();
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= tokens.size() || taken[j]) {
        continue;
      }
      CoreLabel n = tokens.get(j);
      String w = n.originalText();
      String nerTag = n.ner();
      boolean named = nerTag != null && !"O".equals(nerTag)
          && (nerTag.equals(tag) || "PERSON".equals(nerTag));
      if (!named || !"NNP".equals(n.tag()) || !CAPITALISED.matcher(w).matches()
          || Entity.isHonorific(w) || CALENDAR.contains(w) || insideTitle(s, j, j + 1)) {
        continue;
      }
      String folded = Entity.fold(w);
      boolean bears = Entity.personNameWords(linked.name()).stream()
          .anyMatch(x -> Entity.fold(x).equals(folded));
      if (!bears) {
        return j;
      }
    }
    return -1;
  }

  /** A person named by tokens [tb, te) whom NER missed: a new person, claimed. */
  private void addFullName(int s, int tb, int te) {
    List<CoreLabel> tokens = tokens(s);
    int begin = tokens.get(tb).beginPosition();
    int end = tokens.get(te - 1).endPosition();
    String name = text.substring(begin, end).replaceAll("\\s+", " ");
    String id = Entity.personId(name);
    addEntity(new Entity(id, name, EntityKind.PERSON, qualifierCountry(s, tb), null, false));
    addShortFormMention(new Mention(id, s, tb, te, begin, end, Mention.Via.NAME));
    markTaken(claimed.get(s), tb, te);
  }

  /**
   * The one person named in full in the document whose first word {@code word} is ("Hillary" for
   * Hillary Clinton, "Gan" for Gan Yu when no country marks the name as family-name-first), or
   * null when none or several are. A lone name that is no one's surname is more likely the first
   * word of a name in the document than a new person (headlines use first names before the text
   * gives the full name).
   */
  private String onlyFirstName(String word) {
    String folded = Entity.fold(word);
    String found = null;
    for (Entity e : entities.values()) {
      if (e.kind() != EntityKind.PERSON) {
        continue;
      }
      String first = firstNames.computeIfAbsent(e.id(), id -> {
        List<String> words = Entity.personNameWords(e.name());
        return words.size() >= 2 ? Entity.fold(words.get(0)) : "";
      });
      if (!first.isEmpty() && first.equals(folded)) {
        if (found != null) {
          return null;
        }
        found = e.id();
      }
    }
    return found;
  }

  /**
   * Per person id, the folded first word of a name of two words or more, else empty: split once
   * per person, not per token {@link #onlyFirstName} asks about (a person's name never changes
   * once added, {@link #addEntity} merges only country and title).
   */
  private final Map<String, String> firstNames = new HashMap<>();

  /**
   * Whether the proper noun at {@code i} is a name on its own, not a word of a longer name or
   * title NER left untagged ("the Crime Bill", "Patriot Coal"): no capitalised word next to it
   * but an honorific before it ("Mr. Ban").
   */
  private static boolean standsAlone(List<CoreLabel> tokens, int i) {
    boolean before = i > 0 && capitalisedWord(tokens.get(i - 1))
        && !Entity.isHonorific(tokens.get(i - 1).word());
    boolean after = i + 1 < tokens.size() && capitalisedWord(tokens.get(i + 1));
    return !before && !after;
  }

  /**
   * Whether an untagged proper noun is a word of a longer capitalised name ("Gang Suppression
   * Force", unclaimed capitalised words beside it) or a noun's modifier ("Gang violence" opening a
   * sentence, a common noun right after it but a government noun): no surname on its own, so no
   * gazetteer person the text has not named links through it.
   */
  private boolean modifierOrPartOfName(List<CoreLabel> tokens, boolean[] taken, int i) {
    boolean before = i > 0 && !taken[i - 1] && capitalisedWord(tokens.get(i - 1))
        && !Entity.isHonorific(tokens.get(i - 1).word()) && !isSentenceOpener(tokens, i - 1);
    boolean after = i + 1 < tokens.size() && !taken[i + 1] && capitalisedWord(tokens.get(i + 1));
    boolean modifier = i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("NN")
        && !tokens.get(i + 1).tag().startsWith("NNP")
        && !rules.governmentNouns().contains(tokens.get(i + 1).word());
    return before || after || modifier;
  }

  /** Whether token {@code k} is capitalised only because it opens the sentence. */
  private static boolean isSentenceOpener(List<CoreLabel> tokens, int k) {
    return k == 0 && !tokens.get(k).tag().startsWith("NNP");
  }

  private static boolean capitalisedWord(CoreLabel tok) {
    String w = tok.word();
    return tok.tag().startsWith("NNP") || !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Adds {@code m}; one before its id's first mention reorders the people named in full. */
  private void addShortFormMention(Mention m) {
    mentions.add(m);
    if (m.begin() < firstMentioned.getOrDefault(m.id(), Integer.MAX_VALUE)) {
      shortForms = null;
    }
  }

  private static Set<String> calendarWords() {
    Set<String> out = new HashSet<>();
    for (java.time.Month m : java.time.Month.values()) {
      out.add(m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      out.add(d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }
    return Set.copyOf(out);
  }

  /**
   * Short form → the people named in full in the document that it can stand for, first named
   * first. Notes where each id is first mentioned in {@link #firstMentioned}.
   */
  private Map<String, List<String>> shortFormsInDocument() {
    Map<String, List<String>> out = new HashMap<>();
    firstMentioned = new HashMap<>();
    for (Mention m : mentions) {
      firstMentioned.merge(m.id(), m.begin(), Math::min);
    }
    for (String id : personsInOrderNamed(firstMentioned)) {
      Entity e = entities.get(id);
      for (String f : Names.shortForms(e.name(), e.country())) {
        out.computeIfAbsent(Entity.fold(f), k -> new ArrayList<>()).add(id);
      }
    }
    return out;
  }

  /** People with a full name ("Hillary Clinton"), in the order the document first mentions them. */
  private List<String> personsInOrderNamed(Map<String, Integer> first) {
    return entities.values().stream()
        .filter(e -> e.kind() == EntityKind.PERSON && e.name().indexOf(' ') >= 0)
        .map(Entity::id)
        .sorted(Comparator.comparingInt(id -> first.getOrDefault(id, Integer.MAX_VALUE)))
        .toList();
  }

  /**
   * Which of several people sharing a surname a bare "Clinton" at token {@code t} means. A title
   * just before it that only one of them holds ("President Trump") decides. Else the article's
   * main bearer of the name: the one named in full most often, then first. News style names the
   * other bearers in full or by a distinct form each time; counted on PolNeAR train (every fifth
   * article, honorifics and the next pronoun's gender as evidence), the main bearer was right in
   * 51 of 57 cases, the one named in full most recently before the surname in only 32.
   */
  private String sharedSurname(List<String> ids, int s, int t) {
    java.util.Optional<String> title = titleBefore(s, t);
    if (title.isPresent()) {
      List<String> titled = ids.stream().filter(id -> title.get().equals(entities.get(id).title())
          || holdsAny(id, title.get())).toList();
      if (titled.size() == 1) {
        return titled.get(0);
      }
    }
    Map<String, Integer> named = new HashMap<>();
    for (Mention m : mentions) {
      if (m.via() == Mention.Via.NAME && ids.contains(m.id())) {
        named.merge(m.id(), 1, Integer::sum);
      }
    }
    String best = ids.get(0);
    for (String id : ids) {
      if (named.getOrDefault(id, 0) > named.getOrDefault(best, 0)) {
        best = id;
      }
    }
    return best;
  }

  /** The office of a title ending right before token {@code t} ("President", "Sen."), if any. */
  private java.util.Optional<String> titleBefore(int s, int t) {
    return titles.stream().filter(h -> h.sentence() == s && h.tokenEnd() == t)
        .map(TitleHit::office).findFirst();
  }

  /**
   * The gazetteer person that {@code word} alone names, when exactly one does; a qualifying
   * country ("North Korea's Kim") and then leadership narrow several down.
   */
  private String gazetteerShortForm(String word, String country) {
    List<PersonEntry> all = peopleByShortForm.named(word);
    List<PersonEntry> fit = all;
    if (fit.size() > 1 && country != null) {
      fit = fit.stream().filter(p -> country.equals(p.country())).toList();
    }
    if (fit.size() > 1 && country != null) {
      fit = fit.stream().filter(p -> holdsAny(p.id(), "leader")).toList();
    }
    String found = fit.size() == 1 ? fit.get(0).id() : null;
    if (found != null) {
      PersonEntry p = gazetteer.people().get(found);
      addEntity(new Entity(p.id(), p.name(), EntityKind.PERSON, p.country(), null, false));
    }
    return found;
  }

  // ---- bookkeeping

  private void addEntity(Entity e) {
    Entity old = entities.get(e.id());
    Entity now = entities.merge(e.id(), e,
        (was, add) -> was.withCountry(add.country()).withTitle(add.title()));
    if (!now.equals(old)) {
      entityChanges++;
    }
  }

  private Mention claim(int s, SurfaceMatch m, String id, Mention.Via via) {
    Mention out = new Mention(id, s, m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(), via);
    mentions.add(out);
    markTaken(claimed.get(s), m.tokenBegin(), m.tokenEnd());
    return out;
  }

  private Mention mentionAt(int s, int token) {
    for (Mention m : mentions) {
      if (m.sentence() == s && m.tokenBegin() == token) {
        return m;
      }
    }
    return null;
  }

  private Mention mentionEndingAt(int s, int token) {
    for (Mention m : mentions) {
      if (m.sentence() == s && m.tokenEnd() == token) {
        return m;
      }
    }
    return null;
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static void markTaken(boolean[] taken, int from, int to) {
    java.util.Arrays.fill(taken, from, to, true);
  }
}
