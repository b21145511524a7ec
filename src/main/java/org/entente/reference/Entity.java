package org.entente.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What the actor annotator knows of one actor in one document.
 *
 * @param id canonical id
 * @param name display name
 * @param kind person, state or organisation
 * @param country ISO alpha-3 of the actor's state, or null
 * @param title office or role, or null
 * @param anonymous true for an unnamed source
 */
public record Entity(
    String id, String name, EntityKind kind, String country, String title, boolean anonymous) {

  /**
   * The id an actor known only by this name gets: lower-case ASCII, words joined by '-',
   * apostrophes and dots dropped ("Luiz Inácio Lula" → "luiz-inacio-lula", "O'Rourke" →
   * "orourke"). The one rule for every stage that makes an id from a name, so that a name gets
   * the same id wherever it is met.
   *
   * @param name a name
   * @return its id, empty when the name holds no letter or digit
   */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`.]", "")
        .replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  /**
   * This entity with a title, unless it has one already.
   *
   * @param newTitle the office or role to give it, or null
   * @return a copy with {@code newTitle}, or this entity if it has a title or {@code newTitle} is
   *     null
   */
  public Entity withTitle(String newTitle) {
    return title != null || newTitle == null
        ? this : new Entity(id, name, kind, country, newTitle, anonymous);
  }

  /**
   * This entity with a country, unless it has one already.
   *
   * @param newCountry ISO alpha-3 code of the country to give it, or null
   * @return a copy with {@code newCountry}, or this entity if it has a country or {@code
   *     newCountry} is null
   */
  public Entity withCountry(String newCountry) {
    return country != null || newCountry == null
        ? this : new Entity(id, name, kind, newCountry, title, anonymous);
  }
}
