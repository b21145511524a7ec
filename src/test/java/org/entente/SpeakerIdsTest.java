package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every id a quote or stance names is an actor or alliance of the same extraction: unnamed and
 * group speakers become anonymous actors with the country their description gives, affiliated
 * with the body it names (itself an actor or alliance).
 */
class SpeakerIdsTest {
  /** The ids of {@code x}'s quotes and stances that name no actor or alliance of {@code x}. */
  static List<String> dangling(Extraction x) {
    Set<String> known = new HashSet<>();
    x.actors().forEach(a -> known.add(a.id()));
    x.alliances().forEach(a -> known.add(a.id()));
    List<String> out = new ArrayList<>();
    x.actors().stream().map(Actor::affiliation).filter(id -> id != null && !known.contains(id))
        .forEach(id -> out.add(x.id() + ": affiliation " + id));
    for (Quote q : x.quotes()) {
      List<String> ids = new ArrayList<>(q.speakers());
      ids.add(q.addressee());
      ids.add(q.outlet());
      ids.stream().filter(id -> id != null && !known.contains(id))
          .forEach(id -> out.add(x.id() + ": quote " + id));
    }
    for (Stance s : x.stances()) {
      for (String id : List.of(s.holder(), s.target())) {
        if (!known.contains(id)) {
          out.add(x.id() + ": stance " + id);
        }
      }
    }
    return out;
  }

  private static Actor actor(Extraction x, String id) {
    return x.actors().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id + " in " + x.actors()));
  }

  @Test
  void anUnnamedSpokespersonIsAnAnonymousActorOfItsCountry() {
    String text = "A Chinese foreign ministry spokesperson said that Beijing firmly opposed the"
        + " new export controls.\n";
    Extraction x = SharedExtractor.get().extract("own-1", text);
    assertEquals(List.of(), dangling(x));
    Quote q = x.quotes().stream().filter(r -> r.kind() == QuoteKind.INDIRECT).findFirst()
        .orElseThrow(() -> new AssertionError("no reported speech in " + x.quotes()));
    Actor a = actor(x, q.speakers().get(0));
    assertTrue(a.anonymous(), a.toString());
    assertEquals(ActorKind.PERSON, a.kind());
    assertEquals("CHN", a.country());
    assertEquals("A Chinese foreign ministry spokesperson", a.name());
    assertEquals("spokesperson", a.title());
    assertEquals(a.name(), a.mentions().get(0).text());
  }

  @Test
  void unnamedSourcesAndGroupsAreActorsToo() {
    String text = "Two senior Japanese officials said on Monday that Tokyo would keep its"
        + " pledge.\nAnalysts said the decision would worry Beijing.\n"
        + "A Western diplomat told reporters that the talks had stalled.\n";
    Extraction x = SharedExtractor.get().extract("own-2", text);
    assertFalse(x.quotes().isEmpty(), "no quotes found");
    assertEquals(List.of(), dangling(x));
    for (Quote q : x.quotes()) {
      for (String id : q.speakers()) {
        Actor a = actor(x, id);
        if (!a.anonymous()) {
          continue;
        }
        assertFalse(a.mentions().isEmpty(), a.toString());
        if (a.name().contains("Japanese")) {
          assertEquals("JPN", a.country(), a.toString());
        }
      }
    }
    assertTrue(x.actors().stream().anyMatch(Actor::anonymous), x.actors().toString());
  }

  @Test
  void everyIdInTheCorpusOutputNamesAnActor() {
    List<String> out = new ArrayList<>();
    CorpusRun.extractions().forEach(x -> out.addAll(dangling(x)));
    assertEquals(List.of(), out);
  }

  /** The one anonymous speaker of {@code text} (test text of our own), checked for dangling ids. */
  private static Actor onlySpeaker(String text) {
    Extraction x = SharedExtractor.get().extract("own-3", text);
    assertEquals(List.of(), dangling(x));
    List<Actor> anonymous = x.actors().stream().filter(Actor::anonymous).toList();
    assertEquals(1, anonymous.size(), x.actors().toString());
    return anonymous.get(0);
  }

  @Test
  void anUnnamedSourceIsAffiliatedWithTheBodyItsDescriptionNames() {
    Extraction x = SharedExtractor.get().extract("own-4",
        "A State Department official said the talks with Iran would resume next week.\n");
    Actor official = x.actors().stream().filter(Actor::anonymous).findFirst()
        .orElseThrow(() -> new AssertionError("no unnamed source in " + x.actors()));
    Actor department = actor(x, official.affiliation());
    assertEquals(ActorKind.ORGANIZATION, department.kind(), department.toString());
    assertEquals("State Department", department.mentions().get(0).text());
    assertEquals("USA", official.country(), "the department's country: " + official);
    assertEquals("state-department-official", official.id(), "the id names the whole body");
    assertEquals(List.of(), dangling(x));

    Actor diplomat = onlySpeaker("A NATO diplomat said the alliance would not send troops.\n");
    assertEquals("NATO", diplomat.affiliation(), diplomat.toString());
    Actor aide = onlySpeaker("A Kremlin aide said Moscow would answer the new sanctions.\n");
    assertEquals("RUS", aide.affiliation(), "the seat of power's state: " + aide);
    Actor canadian = onlySpeaker("A senior Canadian official said the deal was close.\n");
    assertEquals("CAN", canadian.country());
    assertEquals(null, canadian.affiliation(), "a nationality is no affiliation: " + canadian);
  }

  @Test
  void theUnnamedSourceAgainKeepsItsId() {
    // "the aide" refers back to an unnamed aide: the same anonymous speaker, never an empty id
    Extraction x = SharedExtractor.get().extract("own-6",
        "A senior aide told reporters that the talks in Oslo would resume in May.\n"
        + "Later the aide said the talks had stalled over fishing quotas.\n");
    assertEquals(List.of(), dangling(x));
    List<String> speakers = x.quotes().stream().flatMap(q -> q.speakers().stream()).toList();
    assertEquals(2, speakers.size(), x.quotes().toString());
    assertEquals(speakers.get(0), speakers.get(1), x.quotes().toString());
    assertFalse(speakers.get(0).isBlank(), x.quotes().toString());
    assertTrue(actor(x, speakers.get(0)).anonymous());
  }

  @Test
  void theAffiliationIsInTheJsonAndReadsBack() {
    Extraction x = SharedExtractor.get().extract("own-5",
        "A Kremlin aide said Moscow would answer the new sanctions.\n");
    String json = x.toJson();
    assertTrue(json.contains("\"affiliation\":\"RUS\""), json);
    assertEquals(x.actors(), Extraction.fromJson(json).actors());
    // A named actor has none, and older JSON without the field still reads.
    assertFalse(json.contains("\"affiliation\":null"), json);
    Actor read = Extraction.fromJson(json.replace("\"affiliation\":\"RUS\",", "")).actors()
        .stream().filter(Actor::anonymous).findFirst().orElseThrow();
    assertEquals(null, read.affiliation());
  }
}
