package org.entente.lexicon;


import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * All surface forms of a {@link Gazetteer}, keyed by their first word so that a token can look up
 * the forms that may start at it. Titles are keyed in lower case (they match case-insensitively),
 * everything else as written.
 */
public final class SurfaceIndex {
  private static final Map<Gazetteer, SurfaceIndex> CACHE = new WeakHashMap<>();

  private final ImmutableListMultimap<String, Surface> byFirstWord;

  private SurfaceIndex(Gazetteer g) {
    ImmutableListMultimap.Builder<String, Surface> b = ImmutableListMultimap.builder();
    g.states().values().forEach(s -> {
      add(b, s.name(), Surface.Kind.STATE, s.id());
      s.aliases().forEach(a -> add(b, a, Surface.Kind.STATE, s.id()));
      s.demonyms().forEach(a -> add(b, a, Surface.Kind.DEMONYM, s.id()));
      s.metonyms().forEach(a -> add(b, a, Surface.Kind.METONYM, s.id()));
    });
    g.people().values().forEach(p -> {
      add(b, p.name(), Surface.Kind.PERSON, p.id());
      p.aliases().forEach(a -> add(b, a, Surface.Kind.PERSON, p.id()));
    });
    g.organizations().values().forEach(o -> {
      add(b, o.name(), Surface.Kind.ORGANIZATION, o.id());
      o.aliases().forEach(a -> add(b, a, Surface.Kind.ORGANIZATION, o.id()));
      possessives(g, o).forEach(a -> add(b, a, Surface.Kind.ORGANIZATION, o.id()));
    });
    g.alliances().values().forEach(a -> {
      add(b, a.id(), Surface.Kind.ALLIANCE, a.id()); // the acronym is the commonest form
      add(b, a.name(), Surface.Kind.ALLIANCE, a.id());
      a.aliases().forEach(x -> add(b, x, Surface.Kind.ALLIANCE, a.id()));
    });
    g.titles().values().forEach(t ->
        t.forms().forEach(f -> add(b, f.toLowerCase(Locale.ROOT), Surface.Kind.TITLE, t.office())));
    // Longest first, then by kind preference, so the first fit is the best.
    b.orderValuesBy(Comparator.comparingInt((Surface s) -> -s.text().length())
        .thenComparing(Surface::kind));
    byFirstWord = b.build();
  }

  /**
   * "China's Foreign Ministry" for "Chinese Foreign Ministry": each form of a national body that
   * starts with its state's demonym, with the demonym replaced by the state's names and a
   * possessive.
   */
  private static Set<String> possessives(Gazetteer g, OrganizationEntry o) {
    StateEntry state = o.country().isEmpty() ? null : g.states().get(o.country());
    if (state == null) {
      return Set.of();
    }
    List<String> names = new ArrayList<>(state.aliases());
    names.add(state.name());
    Set<String> out = new LinkedHashSet<>();
    List<String> forms = new ArrayList<>(o.aliases());
    forms.add(o.name());
    for (String form : forms) {
      for (String demonym : state.demonyms()) {
        if (!form.startsWith(demonym + " ")) {
          continue;
        }
        String rest = form.substring(demonym.length() + 1);
        for (String name : names) {
          out.add(name + "'s " + rest);
          out.add(name + "\u2019s " + rest);
        }
      }
    }
    return out;
  }

  /**
   * The index of {@code g}, built once per gazetteer.
   *
   * @param g the gazetteer
   * @return its index, shared while the gazetteer is in use
   */
  public static SurfaceIndex of(Gazetteer g) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(g, SurfaceIndex::new);
    }
  }

  private static void add(
      ImmutableListMultimap.Builder<String, Surface> b, String text, Surface.Kind kind, String id) {
    if (!text.isBlank()) {
      b.put(firstWord(text), new Surface(text, kind, id));
    }
  }

  /**
   * The forms whose first word is {@code word}, longest first.
   *
   * @param word a token's text as written, or in lower case to find titles
   * @return the forms, longest first and then by {@link Surface.Kind} order; empty when none
   */
  public ImmutableList<Surface> startingWith(String word) {
    return byFirstWord.get(word);
  }

  /**
   * The text up to the first space or apostrophe: the first token as a PTB tokenizer splits it
   * ("People's Republic" starts with the token "People").
   *
   * @param text a surface form
   * @return its first word; the whole text when it has no space or apostrophe past the start
   */
  public static String firstWord(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\'' || c == '\u2019') {
        return text.substring(0, i);
      }
    }
    return text;
  }
}
