package org.entente.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.Extraction;
import org.entente.Extractor;
import org.entente.QuoteKind;
import org.entente.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Speakers that are several people or a person standing for a state, and speaking pronouns after
 * a passage that names other people, on texts written for these tests.
 */
class PluralAndOfficeSpeakersTest {
  private final Extractor extractor = SharedExtractor.get();

  private static List<String> speakers(Extraction x, String part) {
    return QuotesOf.only(x.quotes(), QuoteKind.DIRECT, part).speakers();
  }

  @Test
  void conjoinedDescriptionsWithTheirNamesAllSpeak() {
    Extraction x = extractor.extract("Fishing quotas were on the table in Oslo on Monday.\n\n"
        + "The foreign minister, Lars Holm, and the defence minister, Eva Lund, said Norway "
        + "would \"keep its coast guard at sea all winter\".\n");
    assertEquals(List.of("lars-holm", "eva-lund"), speakers(x, "coast guard at sea"));
  }

  @Test
  void anOfficeOfAStateIsThePersonNamedBeforeNotTheState() {
    Extraction x = extractor.extract("Swedish Foreign Minister Eva Lund phoned her Danish "
        + "colleague about the ferry dispute on Monday.\n\n"
        + "According to the ministry, the Swedish minister said that \"the ferry fees broke "
        + "every promise made in spring\".\n");
    assertEquals(List.of("eva-lund"), speakers(x, "ferry fees"));
  }

  @Test
  void anInvertedSubjectAndAPassiveAgentSpeak() {
    Extraction x = extractor.extract("President Karl Olsen of Norway opened the fisheries "
        + "forum in Tromso on Friday.\n\n"
        + "\"Nobody up here wants another quarrel over cod,\" said the president of Norway.\n\n"
        + "The forum was praised by the Norwegian president as \"calm and practical\".\n");
    assertEquals(List.of("karl-olsen"), speakers(x, "quarrel over cod"));
    assertEquals(List.of("karl-olsen"), speakers(x, "calm and practical"));
  }

  @Test
  void aSpeakingPronounGoesOnWithTheSubjectNotAPersonNamedInsideOrReportedOn() {
    Extraction x = extractor.extract("Secretary Paul Meyer met the press in Lisbon on "
        + "Tuesday.\n"
        + "\"Our partners have been patient with us,\" Meyer said.\n"
        + "He claimed that the smuggler Tomas Brandt \"ran boats along the whole coast\".\n"
        + "\"Every harbour must close its doors to him,\" he concluded.\n"
        + "Meyer added that the allies agreed. Meanwhile Karl Olsen of Norway kept sending "
        + "patrol boats north along with \"spare crews for the long nights,\" he said.\n\n"
        + "Norwegian Foreign Minister Lars Holm wrote to the Swedish prime minister, Anna Berg, "
        + "on Friday.\n\n"
        + "\"Our fishermen will not wait for ever because Anna Berg is busy,\" he said.\n");
    assertEquals(List.of("paul-meyer"), speakers(x, "close its doors"));
    assertEquals(List.of("paul-meyer"), speakers(x, "spare crews"));
    assertEquals(List.of("lars-holm"), speakers(x, "wait for ever"));
  }

  @Test
  void aJointDocumentSpeaksForItsIssuers() {
    Extraction x = extractor.extract("President Karl Olsen of Norway and Prime Minister Anna "
        + "Berg of Sweden signed a letter saying the ferries would \"sail again by May\".\n\n"
        + "Both countries then put out a joint statement on the ferries. \"Both ports will reopen "
        + "their ticket offices in April,\" the joint statement said.\n");
    assertEquals(List.of("karl-olsen", "anna-berg"), speakers(x, "sail again"));
    assertEquals(List.of("NOR", "SWE"), speakers(x, "ticket offices").stream().sorted()
        .toList());
  }

  @Test
  void theGovernmentIsTheStateWhoseGovernmentWasNamed() {
    Extraction x = extractor.extract("The Norwegian government has complained about the fishing "
        + "deal between Russia and Finland, which it learned of from the radio.\n\n"
        + "The government said it was \"surprised and annoyed\" that nobody had asked Oslo "
        + "first.\n");
    assertEquals(List.of("NOR"), speakers(x, "surprised and annoyed"));
  }

  @Test
  void aPronounTakesTheEarlierSentencesSubjectOrTheSourceOfAccordingTo() {
    Extraction x = extractor.extract("Olsen landed in Stockholm late on Tuesday. He was met by "
        + "Anna Berg on the runway.\n\n"
        + "At dinner with Olsen, Berg said that her cabinet \"backs the ferry plan\". She "
        + "also called Olsen \"a patient neighbour\".\n\n"
        + "According to government spokesman Paul Meyer, Olsen will raise the ferry fees "
        + "during the visit. He also said the visit would be \"short but useful\".\n");
    assertEquals(List.of("anna-berg"), speakers(x, "patient neighbour"));
    assertEquals(List.of("paul-meyer"), speakers(x, "short but useful"));
  }

  @Test
  void participlesAndLooseSubjectsFindTheirSpeaker() {
    Extraction x = extractor.extract("Olsen and Berg sat down in Bergen on Monday.\n\n"
        + "Calling her a \"good neighbour,\" Olsen gave Berg a book of old sea charts.\n\n"
        + "The ferry row goes on, with Berg saying a new price rise was \"out of the "
        + "question\" for now.\n\n"
        + "Talking to a local radio station on Sunday, Tomas Brandt said that the port "
        + "would stay shut because the fees \"make no sense for small boats\" this year.\n");
    assertEquals(List.of("olsen"), speakers(x, "good neighbour"));
    assertEquals(List.of("berg"), speakers(x, "out of the"));
    assertEquals(List.of("tomas-brandt"), speakers(x, "no sense for small"));
  }

  @Test
  void aTitleWithItsHolderSetOffAfterItIsThatHolder() {
    Extraction x = extractor.extract("Mayor Ana Ruiz said she had asked for a meeting with the "
        + "port board. The mayor did not say when.\n\n"
        + "The board did not answer, though that morning its chairman, Ben Ota, had said on "
        + "the radio that the fees would stay.\n\n"
        + "He added, however, that he was ready to talk. \"We never refuse a meeting with "
        + "the town,\" he said.\n");
    assertEquals(List.of("ben-ota"), speakers(x, "never refuse a meeting"));
  }

  @Test
  void aCounterpartNamedAfterItsTitleAndTheFormerOfAPair() {
    Extraction x = extractor.extract("At the opening, both President Karl Olsen and his "
        + "Swedish counterpart Anna Berg spoke about the ferries, with the former calling "
        + "them \"the oldest bridge we have.\"\n\n"
        + "Olsen and his Danish counterpart Lars Holm separately said they would \"skip the "
        + "regatta this summer\".\n");
    assertEquals(List.of("karl-olsen"), speakers(x, "oldest bridge"));
    assertEquals(List.of("karl-olsen", "lars-holm"), speakers(x, "skip the regatta"));
  }

  @Test
  void membersOfANamedBodySpeakAsTheBody() {
    Extraction x = extractor.extract("The strike began on Monday.\n\nMembers of the Harbour "
        + "Workers Union said \"nobody goes back before pay rises\".\n");
    assertEquals(List.of("harbour-workers-union"), speakers(x, "nobody goes back"));
    Extraction one = extractor.extract("The strike began on Monday.\n\nA member of the Harbour "
        + "Workers Union said \"nobody goes back before pay rises\".\n");
    assertEquals(false, speakers(one, "nobody goes back").contains("harbour-workers-union"),
        one.quotes()::toString);
  }
}
