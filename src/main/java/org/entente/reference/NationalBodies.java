package org.entente.reference;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.lexicon.Gazetteer;
import org.entente.lexicon.OrganizationEntry;
import org.entente.lexicon.StateEntry;

/**
 * Ids of a state's own bodies (ministries, offices, state media) in the gazetteer's convention:
 * the state's adjective, then the body ("chinese-foreign-ministry", "south-african-presidency").
 * One name is one id however the text words it: "the Ministry of Foreign Affairs", "the Foreign
 * Affairs Ministry" and "the foreign ministry" of one state are the same body, and a body the
 * gazetteer lists keeps the gazetteer's id. Immutable; build once per gazetteer.
 */
public final class NationalBodies {
  /**
   * Head nouns of a state's own bodies: a name headed by one of them ("Energy Ministry", "the
   * Cabinet") belongs to a state, which the id must name.
   */
  private static final Set<String> BODY_NOUNS = Set.of("ministry", "department", "office",
      "cabinet", "presidency", "secretariat", "ministries");

  /**
   * Nouns that name a state's body in running text, lower case ("Kenya's foreign ministry", "the
   * ministry said"); "office" and "department" name a company's as often.
   */
  private static final Set<String> STATE_BODY_WORDS = Set.of("ministry", "presidency");

  /**
   * Nouns of a state's missions abroad: named by their state ("the Chinese embassy in Ankara",
   * "the US Embassy") they are that state's body, one id however many of them the text names;
   * unqualified ("the embassy said") they name no state by themselves.
   */
  private static final Set<String> MISSION_WORDS = Set.of("embassy", "consulate");

  /** Function words a name cut short may end on ("Cabinet of", "Commission of the"). */
  private static final Set<String> TRAILING = Set.of("of", "the", "and", "for", "in", "on", "to");

  private final Map<String, String> adjectives;
  /** Gazetteer bodies by state and canonical body key ("CHN|foreign-ministry"). */
  private final ImmutableMap<String, String> byKey;

  /** The bodies' keys without their state ("foreign-ministry"): what states' bodies are. */
  private final ImmutableSet<String> kinds;

  private NationalBodies(Map<String, String> adjectives, Map<String, String> byKey) {
    this.adjectives = ImmutableMap.copyOf(adjectives);
    this.byKey = ImmutableMap.copyOf(byKey);
    this.kinds = byKey.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Whether a name is one many states give a body ("Foreign Ministry", "Ministry of Energy"):
   * the gazetteer lists such a body for some state. Such a name with no state in its phrase is
   * the body of the state the text is about; a proper name ("the Oval Office") is not.
   *
   * @param name a body's name without its state
   * @return true for a generic body name
   */
  public boolean isGeneric(String name) {
    String body = body(name);
    return kinds.contains(key(body)) || BODY_NOUNS.contains(body);
  }

  /**
   * The bodies of a gazetteer.
   *
   * @param gazetteer states (for their adjectives) and organisations (for their ids)
   * @return the index
   */
  public static NationalBodies of(Gazetteer gazetteer) {
    Map<String, List<String>> prefixes = new HashMap<>();
    for (StateEntry st : gazetteer.states().values()) {
      List<String> p = new ArrayList<>();
      st.demonyms().forEach(d -> p.add(Entity.slug(d) + "-"));
      p.add(Entity.slug(st.name()) + "-");
      st.aliases().forEach(a -> p.add(Entity.slug(a) + "-"));
      // longest first: "south-korean-" before "south-"
      p.sort((a, b) -> Integer.compare(b.length(), a.length()));
      prefixes.put(st.id(), p);
    }
    Map<String, String> byKey = new HashMap<>();
    Map<String, Map<String, Integer>> used = new HashMap<>();
    for (OrganizationEntry o : gazetteer.organizations().values()) {
      if (o.country().isEmpty() || !prefixes.containsKey(o.country())) {
        continue;
      }
      for (String prefix : prefixes.get(o.country())) {
        if (o.id().startsWith(prefix)) {
          byKey.putIfAbsent(o.country() + "|" + key(o.id().substring(prefix.length())), o.id());
          used.computeIfAbsent(o.country(), c -> new HashMap<>()).merge(prefix, 1, Integer::sum);
          break;
        }
      }
    }
    // A state's adjective is the one the gazetteer's own body ids use most ("us-", "philippine-"),
    // else its first demonym, so that a body found in text is named as the listed ones are.
    Map<String, String> adjectives = new HashMap<>();
    for (StateEntry st : gazetteer.states().values()) {
      Map<String, Integer> counts = used.getOrDefault(st.id(), Map.of());
      String best = counts.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(e -> e.getKey().substring(0, e.getKey().length() - 1)).orElse(null);
      adjectives.put(st.id(), best != null ? best : st.demonyms().isEmpty()
          ? Entity.slug(st.name()) : Entity.slug(st.demonyms().get(0)));
    }
    return new NationalBodies(adjectives, byKey);
  }

  /**
   * The adjective a state's bodies are named with in ids ("CHN" → "chinese", "ZAF" →
   * "south-african"), or null for an unknown state.
   *
   * @param state ISO alpha-3 id
   * @return the id word(s), lower case, joined by '-'
   */
  public String adjective(String state) {
    return adjectives.get(state);
  }

  /**
   * Whether a word names a state's body wherever it is met ("ministry", "presidency").
   *
   * @param word a word, any case
   * @return true for such a noun
   */
  public static boolean namesStateBody(String word) {
    return STATE_BODY_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a word names a state's mission abroad ("embassy", "consulate"), a body of the state
   * named with it.
   *
   * @param word a word, any case
   * @return true for such a noun
   */
  public static boolean namesMission(String word) {
    return MISSION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a word is a function word a name cut short may end on ("Cabinet of", "Commission of
   * the"), not part of the name.
   *
   * @param word a word, any case
   * @return true for such a word
   */
  public static boolean isTrailingFunctionWord(String word) {
    return TRAILING.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a name, cut of its function words, is headed by a body noun ("Ministry of Foreign
   * Affairs", "Energy Ministry", "the Cabinet"): a body of some state.
   *
   * @param name an organisation's name as written
   * @return true for a state's body
   */
  public static boolean isBody(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    int of = words.indexOf("of");
    String head = of > 0 ? words.get(of - 1) : words.get(words.size() - 1);
    return BODY_NOUNS.contains(head);
  }

  /**
   * The id of a state's body: the gazetteer's when it lists the same body of that state, else
   * the state's adjective and the body's name in the word order of "foreign ministry" ("Ministry
   * of Energy" of Russia → "russian-energy-ministry"), spelt as the text spells it.
   *
   * @param name the body's name without its state ("Ministry of Foreign Affairs")
   * @param state the state it belongs to (ISO alpha-3)
   * @return the id, or null when the state is unknown or the name holds no word
   */
  public String id(String name, String state) {
    String adjective = adjectives.get(state);
    String body = body(name);
    if (adjective == null || body.isEmpty()) {
      return null;
    }
    String known = byKey.get(state + "|" + key(body));
    return known != null ? known : adjective + "-" + body;
  }

  /**
   * A body's name as id words in the order of "energy ministry": "Ministry of X" becomes "x
   * ministry", "Foreign Affairs" the shorter "foreign", a leading article and trailing function
   * words go.
   */
  static String body(String name) {
    List<String> words = new ArrayList<>(words(name));
    if (!words.isEmpty() && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (!words.isEmpty() && TRAILING.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    int of = words.indexOf("of");
    if (of > 0 && BODY_NOUNS.contains(words.get(of - 1))) {
      List<String> object = new ArrayList<>(words.subList(of + 1, words.size()));
      object.remove("the");
      List<String> reordered = new ArrayList<>(object);
      reordered.addAll(words.subList(0, of));
      words = reordered;
    }
    String joined = String.join("-", words);
    return joined.replace("foreign-affairs-", "foreign-");
  }

  /** The key two spellings of one body share: British and American spelling folded. */
  private static String key(String body) {
    return body.replace("defence", "defense").replace("ministry-of-foreign-affairs",
        "foreign-ministry");
  }

  private static List<String> words(String name) {
    String slug = Entity.slug(name.toLowerCase(Locale.ROOT));
    return slug.isEmpty() ? List.of() : Arrays.asList(slug.split("-"));
  }
}
