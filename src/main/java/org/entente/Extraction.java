package org.entente;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Everything entente found in one document.
 *
 * @param id the document's id (a file name, or what the caller gave)
 * @param language ISO 639-1 code of the detected language ("en"); only English is analysed
 * @param actors people, states and organisations, in order of first mention
 * @param alliances alliances and blocs, in order of first mention
 * @param quotes attributed quotes, in text order
 * @param stances stances, in text order
 * @param versions the versions of entente and CoreNLP that produced it, or null when not known
 *     (JSON written before they were recorded)
 */
public record Extraction(
    String id,
    String language,
    List<Actor> actors,
    List<Alliance> alliances,
    List<Quote> quotes,
    List<Stance> stances,
    Versions versions) implements Result {
  /**
   * Copies the lists into immutable ones.
   *
   * @param id the document's id, or null
   * @param language ISO 639-1 code of the language, or {@code und} when undetermined; not null
   * @param actors people, states and organisations; not null
   * @param alliances alliances and blocs; not null
   * @param quotes attributed quotes; not null
   * @param stances stances; not null
   * @param versions what produced it, or null when not known
   */
  public Extraction {
    requireNonNull(language, "language");
    actors = ImmutableList.copyOf(actors);
    alliances = ImmutableList.copyOf(alliances);
    quotes = ImmutableList.copyOf(quotes);
    stances = ImmutableList.copyOf(stances);
  }

  /**
   * An extraction made by the entente and CoreNLP of this process ({@link Versions#current()}).
   *
   * @param id the document's id, or null
   * @param language ISO 639-1 code of the language, or {@code und} when undetermined; not null
   * @param actors people, states and organisations; not null
   * @param alliances alliances and blocs; not null
   * @param quotes attributed quotes; not null
   * @param stances stances; not null
   */
  public Extraction(String id, String language, List<Actor> actors, List<Alliance> alliances,
      List<Quote> quotes, List<Stance> stances) {
    this(id, language, actors, alliances, quotes, stances, Versions.current());
  }

  /**
   * The actor with this id.
   *
   * @param id an actor id, such as {@code RUS} or {@code vladimir-putin}
   * @return the actor, or empty when the document has none with that id
   */
  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The alliance with this id.
   *
   * @param id an alliance id, such as {@code NATO}
   * @return the alliance, or empty when the document names none with that id
   */
  public Optional<Alliance> alliance(String id) {
    return alliances.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * A compact, aligned, readable view: actors with their mention counts, alliances, each quote
   * with its speaker, each stance as {@code holder —OPPOSES→ target}.
   *
   * @return the summary, several lines of plain text headed by the id, language and counts
   */
  public String summary() {
    return Summary.of(this);
  }

  /** This extraction as one line of JSON, the shape the CLI writes. */
  @Override
  public String toJson() {
    return Json.write(this);
  }

  /**
   * Reads an extraction from the JSON that {@link #toJson()} writes.
   *
   * @param json one JSON object, as {@link #toJson()} writes it
   * @return the extraction it describes
   * @throws IllegalArgumentException if {@code json} is not such an object
   */
  public static Extraction fromJson(String json) {
    return Json.read(json, Extraction.class);
  }

  /**
   * An extraction with nothing in it, for blank or non-English text.
   *
   * @param id the document's id, or null
   * @param language ISO 639-1 code of the text's language, or {@code und} when undetermined
   * @return an extraction with empty lists
   */
  public static Extraction empty(String id, String language) {
    return new Extraction(id, language, List.of(), List.of(), List.of(), List.of());
  }
}
