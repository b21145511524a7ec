package org.entente.annotators;

import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.lexicon.Rules;

/**
 * The actor annotator's word lists of {@code models/rules/}, each with the user files its
 * pipeline lays over it; every list is loaded once per distinct list of files and shared.
 *
 * @param furniture any line of page furniture ("Sign up for our newsletter"), whose sentence
 *     yields no actors
 * @param authorBios the opening of an author's bio, whose paragraph yields no actors
 * @param geographicFeatures capitalised nouns that make a state's name a place ("Strait")
 * @param governmentNouns nouns after a leader's name that make it the government
 *     ("administration")
 * @param venueNouns lower-case nouns of where something happens ("summit" in "the summit in X")
 * @param compassWords lower-case words for a part of a country ("southeastern")
 * @param groupNouns lower-case nouns after a name that make it a group's ("coalition", "gang")
 */
record ActorRules(Pattern furniture, Pattern authorBios, Set<String> geographicFeatures,
    Set<String> governmentNouns, Set<String> venueNouns, Set<String> compassWords,
    Set<String> groupNouns) {

  /** The properties, each under the annotator's pipeline name, and their bundled files. */
  static final PropertiesUtils.Property[] SUPPORTED_PROPERTIES = {
      Settings.overlay("furniture", "furniture.txt", "regular expressions of page furniture"),
      Settings.overlay("authorBios", "author-bios.txt", "regular expressions of an author bio's opening"),
      Settings.overlay("geographicFeatures", "geographic-features.txt",
          "capitalised place nouns after a state's name"),
      Settings.overlay("governmentNouns", "government-nouns.txt",
          "nouns after a leader's name that make it the government"),
      Settings.overlay("venueNouns", "venue-nouns.txt", "nouns of where something happens"),
      Settings.overlay("compassWords", "compass-words.txt", "words for a part of a country"),
      Settings.overlay("groupNouns", "group-nouns.txt",
          "nouns after a name that make it a group's, not a person's"),
  };

  /**
   * The lists of the pipeline's properties.
   *
   * @throws IllegalArgumentException if a named file is missing, or a furniture or bio line is
   *     no regular expression
   */
  static ActorRules of(Properties props, String name) {
    return new ActorRules(
        Rules.anyLine("models/rules/furniture.txt", Settings.paths(props, name, "furniture")),
        Rules.anyLine("models/rules/author-bios.txt", Settings.paths(props, name, "authorBios")),
        Rules.words("models/rules/geographic-features.txt",
            Settings.paths(props, name, "geographicFeatures"), false),
        Rules.words("models/rules/government-nouns.txt",
            Settings.paths(props, name, "governmentNouns"), false),
        Rules.words("models/rules/venue-nouns.txt", Settings.paths(props, name, "venueNouns"),
            true),
        Rules.words("models/rules/compass-words.txt",
            Settings.paths(props, name, "compassWords"), true),
        Rules.words("models/rules/group-nouns.txt", Settings.paths(props, name, "groupNouns"),
            true));
  }
}
