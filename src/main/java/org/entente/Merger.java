package org.entente;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the extractions of a long document's chunks into one, offsets shifted into the whole
 * text: actors and alliances merged by id with all their mentions (the first chunk that names one
 * gives its name, kind and country; the first known title and affiliation are kept), quotes and stances in text
 * order. Nothing is dropped.
 */
final class Merger {
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, List<Span>> actorMentions = new LinkedHashMap<>();
  private final Map<String, Alliance> alliances = new LinkedHashMap<>();
  private final Map<String, List<Span>> allianceMentions = new LinkedHashMap<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Stance> stances = new ArrayList<>();

  /** Adds the extraction of the chunk that starts at {@code offset} in the whole text. */
  void add(Extraction part, int offset) {
    for (Actor a : part.actors()) {
      Actor first = actors.putIfAbsent(a.id(), a);
      if (first != null && (first.title() == null && a.title() != null
          || first.affiliation() == null && a.affiliation() != null)) {
        actors.put(a.id(), new Actor(first.id(), first.name(), first.kind(), first.country(),
            first.title() != null ? first.title() : a.title(), first.anonymous(),
            first.affiliation() != null ? first.affiliation() : a.affiliation(), List.of()));
      }
      List<Span> spans = actorMentions.computeIfAbsent(a.id(), k -> new ArrayList<>());
      a.mentions().forEach(m -> spans.add(shift(m, offset)));
    }
    for (Alliance a : part.alliances()) {
      alliances.putIfAbsent(a.id(), a);
      List<Span> spans = allianceMentions.computeIfAbsent(a.id(), k -> new ArrayList<>());
      a.mentions().forEach(m -> spans.add(shift(m, offset)));
    }
    for (Quote q : part.quotes()) {
      quotes.add(new Quote(q.kind(), shift(q.span(), offset), q.speakers(),
          shift(q.cue(), offset), q.addressee(), q.outlet(), q.route(), q.confidence()));
    }
    for (Stance s : part.stances()) {
      stances.add(new Stance(s.holder(), s.target(), s.polarity(), shift(s.trigger(), offset),
          shift(s.evidence(), offset), s.confidence(), s.route()));
    }
  }

  /** The whole document's extraction. */
  Extraction result(String id, String language) {
    List<Actor> allActors = actors.values().stream().map(a -> new Actor(a.id(), a.name(),
        a.kind(), a.country(), a.title(), a.anonymous(), a.affiliation(),
        actorMentions.get(a.id()))).toList();
    List<Alliance> allAlliances = alliances.values().stream().map(a -> new Alliance(a.id(),
        a.name(), a.members(), allianceMentions.get(a.id()))).toList();
    return new Extraction(id, language, allActors, allAlliances, quotes, stances);
  }

  private static Span shift(Span s, int offset) {
    return s == null ? null : new Span(s.begin() + offset, s.end() + offset, s.text());
  }
}
