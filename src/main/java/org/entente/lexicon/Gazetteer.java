package org.entente.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The states, people, organisations, alliances and titles that entente knows, loaded from the
 * files in {@code models/gazetteer/} and any user files laid over them.
 *
 * <p>Immutable and shared: {@link #load} caches one instance per list of user files, so each set
 * of files is read once while in use ({@link ResourceCache}).
 */
public final class Gazetteer {
  /** The classpath folder of the bundled files. */
  public static final String RESOURCE_DIR = "models/gazetteer/";

  /** The kinds of file, by file-name stem. */
  public static final List<String> KINDS =
      List.of("states", "people", "organizations", "alliances", "titles");

  private final ImmutableMap<String, StateEntry> states;
  private final ImmutableMap<String, PersonEntry> people;
  private final ImmutableMap<String, OrganizationEntry> organizations;
  private final ImmutableMap<String, AllianceEntry> alliances;
  private final ImmutableMap<String, TitleEntry> titles;

  private Gazetteer(Builder b) {
    states = ImmutableMap.copyOf(b.states);
    people = ImmutableMap.copyOf(b.people);
    organizations = ImmutableMap.copyOf(b.organizations);
    alliances = ImmutableMap.copyOf(b.alliances);
    titles = ImmutableMap.copyOf(b.titles);
  }

  /**
   * The bundled gazetteer.
   *
   * @return the bundled gazetteer, loaded once per process
   */
  public static Gazetteer defaults() {
    return load(List.of());
  }

  /**
   * The bundled gazetteer with {@code extraFiles} laid over it, in order. A file's kind is the
   * start of its name ({@code states}, {@code people}, {@code organizations}, {@code alliances},
   * {@code titles}); a row whose id is already known replaces the earlier row.
   *
   * @param extraFiles user gazetteer files, later ones over earlier ones; may be empty
   * @return the gazetteer, loaded once per distinct list of files ({@link
   *     ResourceCache})
   * @throws IllegalArgumentException when a file's name says no kind or a row is malformed
   * @throws UncheckedIOException when a file cannot be read
   */
  public static Gazetteer load(List<Path> extraFiles) {
    List<Path> files = List.copyOf(extraFiles);
    return ResourceCache.get("gazetteer", files, () -> read(files));
  }

  private static Gazetteer read(List<Path> extraFiles) {
    Builder b = new Builder();
    for (String kind : KINDS) {
      String resource = RESOURCE_DIR + kind + ".tsv";
      InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
        b.read(kind, r, resource);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path file : extraFiles) {
      String name = file.getFileName().toString();
      String kind =
          KINDS.stream()
              .filter(name::startsWith)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "gazetteer file name must start with one of " + KINDS + ": " + file));
      try (BufferedReader r = Files.newBufferedReader(file, UTF_8)) {
        b.read(kind, r, file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new Gazetteer(b);
  }

  /**
   * States by ISO alpha-3 code.
   *
   * @return the states, in file order
   */
  public ImmutableMap<String, StateEntry> states() {
    return states;
  }

  /**
   * People by id.
   *
   * @return the people by {@code first-last} id, in file order
   */
  public ImmutableMap<String, PersonEntry> people() {
    return people;
  }

  /**
   * Organisations by id.
   *
   * @return the organisations by lower-case-hyphen id, in file order
   */
  public ImmutableMap<String, OrganizationEntry> organizations() {
    return organizations;
  }

  /**
   * Alliances by id.
   *
   * @return the alliances by upper-case acronym, in file order
   */
  public ImmutableMap<String, AllianceEntry> alliances() {
    return alliances;
  }

  /**
   * Titles by office key.
   *
   * @return the titles by office key ("president"), in file order
   */
  public ImmutableMap<String, TitleEntry> titles() {
    return titles;
  }

  /**
   * The state with this id, if known.
   *
   * @param id an ISO alpha-3 code, such as {@code RUS}
   * @return the state, or empty when the gazetteer has no such code
   */
  public Optional<StateEntry> state(String id) {
    return Optional.ofNullable(states.get(id));
  }

  private static final class Builder {
    final Map<String, StateEntry> states = new LinkedHashMap<>();
    final Map<String, PersonEntry> people = new LinkedHashMap<>();
    final Map<String, OrganizationEntry> organizations = new LinkedHashMap<>();
    final Map<String, AllianceEntry> alliances = new LinkedHashMap<>();
    final Map<String, TitleEntry> titles = new LinkedHashMap<>();

    void read(String kind, BufferedReader r, String source) {
      switch (kind) {
        case "states" -> Tsv.read(r, source, 5, c -> put(states, id(c), new StateEntry(
            id(c), c.get(1), Tsv.items(c.get(2)), Tsv.items(c.get(3)), Tsv.items(c.get(4)))));
        case "people" -> Tsv.read(r, source, 5, c -> put(people, id(c), new PersonEntry(
            id(c), c.get(1), Tsv.items(c.get(2)), c.get(3), terms(c.get(4), c.get(3)))));
        case "organizations" -> Tsv.read(r, source, 5, c -> put(organizations, id(c),
            new OrganizationEntry(id(c), c.get(1), Tsv.items(c.get(2)), c.get(3),
                sharedForms(c))));
        case "alliances" -> Tsv.read(r, source, 4, c -> put(alliances, id(c), new AllianceEntry(
            id(c), c.get(1), Tsv.items(c.get(2)), memberships(c.get(3)))));
        case "titles" -> Tsv.read(r, source, 2, c -> put(titles, id(c),
            new TitleEntry(id(c), Tsv.items(c.get(1)))));
        default -> throw new IllegalArgumentException("unknown gazetteer kind " + kind);
      }
    }

    /** The shared forms column, each of them the name or an alias of its row. */
    private static com.google.common.collect.ImmutableList<String> sharedForms(
        List<String> cols) {
      var shared = Tsv.items(cols.get(4));
      for (String form : shared) {
        if (!form.equals(cols.get(1)) && !Tsv.items(cols.get(2)).contains(form)) {
          throw new IllegalArgumentException("shared form " + form
              + " is neither the name nor an alias");
        }
      }
      return shared;
    }

    private static String id(List<String> cols) {
      if (cols.get(0).isEmpty()) {
        throw new IllegalArgumentException("empty id");
      }
      return cols.get(0);
    }

    private static <T> void put(Map<String, T> map, String id, T entry) {
      map.remove(id); // a later row replaces an earlier one, keeping order of arrival
      map.put(id, entry);
    }

    /** Parses {@code office[@COUNTRY]:FROM..TO|...}; dates are ISO, either end may be empty. */
    private static ImmutableList<Term> terms(String column, String defaultCountry) {
      ImmutableList.Builder<Term> out = ImmutableList.builder();
      for (String item : Tsv.items(column)) {
        int colon = item.indexOf(':');
        String head = colon < 0 ? item : item.substring(0, colon);
        String dates = colon < 0 ? ".." : item.substring(colon + 1);
        int at = head.indexOf('@');
        String office = at < 0 ? head : head.substring(0, at);
        String country = at < 0 ? defaultCountry : head.substring(at + 1);
        int dots = dates.indexOf("..");
        if (dots < 0) {
          throw new IllegalArgumentException("term dates need FROM..TO: " + item);
        }
        out.add(new Term(office, country, date(dates.substring(0, dots)),
            date(dates.substring(dots + 2))));
      }
      return out.build();
    }

    /** Parses {@code STATE[:JOINED..LEFT]|...}; dates are ISO, either end may be empty. */
    private static ImmutableList<Membership> memberships(String column) {
      ImmutableList.Builder<Membership> out = ImmutableList.builder();
      for (String item : Tsv.items(column)) {
        int colon = item.indexOf(':');
        if (colon < 0) {
          out.add(new Membership(item, null, null));
          continue;
        }
        String dates = item.substring(colon + 1);
        int dots = dates.indexOf("..");
        if (dots < 0) {
          throw new IllegalArgumentException("membership dates need JOINED..LEFT: " + item);
        }
        out.add(new Membership(item.substring(0, colon), date(dates.substring(0, dots)),
            date(dates.substring(dots + 2))));
      }
      return out.build();
    }

    private static LocalDate date(String s) {
      return s.isEmpty() ? null : LocalDate.parse(s);
    }
  }
}
