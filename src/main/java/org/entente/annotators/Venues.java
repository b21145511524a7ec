package org.entente.annotators;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things happen, as opposed to who acts: datelines ("Nusa Dua, Indonesia:", "TASHKENT,
 * Uzbekistan —", "MOSCOW (Reuters) -"), a venue noun before "in" ("a city in southeastern
 * Uzbekistan", "the summit in Mongolia"), a route ("via eastern Mongolia") and a "Place, Country"
 * apposition after "in" or "at". A state all of whose mentions are venues is no actor; one that is
 * also named elsewhere keeps every mention. One instance per document.
 */
final class Venues {
  private static final Set<String> PLACE_TAGS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "-RRB-", "--", "—");
  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2}";
  /** A dateline's date after its place: ", May 3", ", Sept. 14". */
  private static final String DATE = "(?:[ \\t]*,[ \\t]*(?:Jan|Feb|Mar|Apr|May|June?|July?"
      + "|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?[ \\t]+\\d{1,2})?";
  /**
   * A line that opens with "Place, Country" or "PLACE", an optional date and an optional agency
   * in brackets, then a colon (alone on its line), a bar or a dash.
   */
  private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*(?:(" + NAME
      + ")[ \\t]*,[ \\t]*)?(" + NAME + ")" + DATE + "([ \\t]*\\([^()\\n]{1,40}\\))?[ \\t]*"
      + "(:[ \\t]*$|\\||[—–]|--?(?=[ \\t]))");

  /** Character ranges [begin, end) of whole datelines and of their place part. */
  private final List<int[]> datelines = new ArrayList<>();
  private final List<int[]> places = new ArrayList<>();
  /** Character ranges [begin, end) of datelines' agency credits, brackets included. */
  private final List<int[]> credits = new ArrayList<>();
  private final Set<String> nouns;
  private final Set<String> compass;

  /**
   * The datelines of {@code text}.
   *
   * @param nouns venue nouns, lower case ("summit")
   * @param compass words for a part of a country, lower case ("southeastern")
   */
  Venues(String text, Set<String> nouns, Set<String> compass) {
    this.nouns = nouns;
    this.compass = compass;
    Matcher m = DATELINE.matcher(text);
    while (m.find()) {
      String delimiter = m.group(4);
      boolean agency = m.group(3) != null;
      if (m.group(1) == null) {
        // "Uzbekistan | ...", "MOSCOW —", "Beijing (AFP) -": a lone name needs a bar, capitals or
        // an agency, else a headline such as "Russia - China relations" would pass for one.
        String name = m.group(2);
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
        if (!delimiter.equals("|") && (delimiter.startsWith(":") || !(capitals || agency))) {
          continue;
        }
        if (capitals || agency) {
          // "ABU DHABI (Reuters) -": the lone name is a place, whatever NER takes it for
          places.add(new int[] {m.start(2), m.end(2)});
        }
      } else {
        places.add(new int[] {m.start(1), m.end(1)});
      }
      datelines.add(new int[] {m.start(m.group(1) == null ? 2 : 1), m.end(2)});
      if (agency) {
        credits.add(new int[] {m.start(3), m.end(3)});
      }
    }
  }

  /** Whether characters [begin, end) lie in a dateline. */
  boolean inDateline(int begin, int end) {
    return within(datelines, begin, end);
  }

  /** Whether characters [begin, end) lie in a dateline's place ("Nusa Dua" is no person). */
  boolean inDatelinePlace(int begin, int end) {
    return within(places, begin, end);
  }

  /**
   * Whether characters [begin, end) lie in a dateline's agency credit ("(Reuters)"): who wrote
   * the story, not who acts in it.
   */
  boolean inDatelineCredit(int begin, int end) {
    return within(credits, begin, end);
  }

  private static boolean within(List<int[]> ranges, int begin, int end) {
    for (int[] r : ranges) {
      if (begin >= r[0] && end <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name at tokens [b, e) is where something happens: after a venue noun and "in"
   * ("a city in southeastern X"), after "via", or after "in/at Place," ("in Samarkand, X,").
   */
  boolean isVenue(List<CoreLabel> tokens, int b, int e) {
    int i = b - 1;
    // At most two words between: compass words or "the" ("in the south-eastern X").
    while (i >= 0 && b - i <= 2 && (compass.contains(lower(tokens.get(i)))
        || lower(tokens.get(i)).equals("the"))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    String w = lower(tokens.get(i));
    if (w.equals("via")) {
      return true;
    }
    if (w.equals("in") && i > 0 && nouns.contains(lower(tokens.get(i - 1)))) {
      return true;
    }
    return i == b - 1 && w.equals(",") && placeApposition(tokens, b, e);
  }

  /** "in Samarkand, X," or "at Sochi, X.": a place NER tags, after "in" or "at", then the name. */
  private static boolean placeApposition(List<CoreLabel> tokens, int b, int e) {
    if (e < tokens.size() && !CLOSERS.contains(tokens.get(e).word())) {
      return false;
    }
    int p = b - 2;
    if (p < 0 || !PLACE_TAGS.contains(tokens.get(p).ner())) {
      return false;
    }
    String tag = tokens.get(p).ner();
    while (p > 0 && tag.equals(tokens.get(p - 1).ner())) {
      p--;
    }
    if (p == 0) {
      return false;
    }
    String prep = lower(tokens.get(p - 1));
    return prep.equals("in") || prep.equals("at");
  }

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
