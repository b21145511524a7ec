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
    Extraction x = extractor.extract("Talks on the border ended in Oslo on Monday.\n\n"
        + "The foreign minister, Lars Holm, and the defence minister, Eva Lund, said Norway "
        + "would \"keep its forces ready for any event\".\n");
    assertEquals(List.of("lars-holm", "eva-lund"), speakers(x, "keep its forces ready"));
  }

  @Test
  void anOfficeOfAStateIsThePersonNamedBeforeNotTheState() {
    Extraction x = extractor.extract("Swedish Foreign Minister Eva Lund spoke with her Danish "
        + "colleague by phone on Monday.\n\n"
        + "According to the ministry, the Swedish minister said that \"the border incidents "
        + "were a serious breach of the agreements\".\n");
    assertEquals(List.of("eva-lund"), speakers(x, "serious breach"));
  }

  @Test
  void anInvertedSubjectAndAPassiveAgentSpeak() {
    Extraction x = extractor.extract("President Karl Olsen of Norway hosted talks in Oslo on "
        + "Friday.\n\n"
        + "\"What the north does not need is more confusion,\" said the president of Norway.\n\n"
        + "The talks were described by the Norwegian president as \"open and warm\".\n");
    assertEquals(List.of("karl-olsen"), speakers(x, "more confusion"));
    assertEquals(List.of("karl-olsen"), speakers(x, "open and warm"));
  }

  @Test
  void aSpeakingPronounGoesOnWithTheSubjectNotAPersonNamedInsideOrReportedOn() {
    Extraction x = extractor.extract("Secretary Paul Meyer spoke to reporters in Berlin on "
        + "Tuesday.\n"
        + "\"We are working with all our partners,\" Meyer said.\n"
        + "He claimed that the Iranian general Qasem Soleimani \"led many attacks in Europe\".\n"
        + "\"We urge everyone to support this effort,\" he concluded.\n"
        + "Meyer added that the allies agreed. In turn, Russian President Vladimir Putin was "
        + "providing Iran with weapons and \"other support to evade sanctions,\" he said.\n\n"
        + "Norwegian Foreign Minister Lars Holm wrote to the Swedish prime minister, Anna Berg, "
        + "on Friday.\n\n"
        + "\"Norway will not be a pawn just because Anna Berg wants it,\" he said.\n");
    assertEquals(List.of("paul-meyer"), speakers(x, "support this effort"));
    assertEquals(List.of("paul-meyer"), speakers(x, "evade sanctions"));
    assertEquals(List.of("lars-holm"), speakers(x, "not be a pawn"));
  }

  @Test
  void aJointDocumentSpeaksForItsIssuers() {
    Extraction x = extractor.extract("President Karl Olsen of Norway and Prime Minister Anna "
        + "Berg of Sweden signed a statement saying there were \"no limits to our "
        + "cooperation\".\n\n"
        + "The two countries issued a joint statement on the deal. \"We will reopen the "
        + "embassies within two months,\" the joint statement said.\n");
    assertEquals(List.of("karl-olsen", "anna-berg"), speakers(x, "no limits"));
    assertEquals(List.of("NOR", "SWE"), speakers(x, "reopen the embassies").stream().sorted()
        .toList());
  }

  @Test
  void theGovernmentIsTheStateWhoseGovernmentWasNamed() {
    Extraction x = extractor.extract("The Norwegian government has raised the alarm about "
        + "the new pact between Russia and Finland, saying it was agreed in secret.\n\n"
        + "The government said it was \"deeply disappointed\" by the signing of the deal, "
        + "first announced by Russia on Tuesday.\n");
    assertEquals(List.of("NOR"), speakers(x, "deeply disappointed"));
  }

  @Test
  void aPronounTakesTheEarlierSentencesSubjectOrTheSourceOfAccordingTo() {
    Extraction x = extractor.extract("Olsen arrived in Stockholm on Tuesday evening. He was "
        + "greeted by Anna Berg at the airport.\n\n"
        + "In talks with Olsen, Berg stated that her government \"fully supports the "
        + "plan\". She also called Olsen the \"dearest friend of our people\".\n\n"
        + "According to government spokesman Paul Meyer, Olsen will discuss the border "
        + "during the talks. He also said the talks would be \"long and hard\".\n");
    assertEquals(List.of("anna-berg"), speakers(x, "dearest friend"));
    assertEquals(List.of("paul-meyer"), speakers(x, "long and hard"));
  }

  @Test
  void participlesAndLooseSubjectsFindTheirSpeaker() {
    Extraction x = extractor.extract("Olsen met Berg in Oslo on Monday for talks and dinner.\n\n"
        + "Calling him a \"dear friend,\" Olsen thanked Berg for making time for the talks.\n\n"
        + "The announcement comes amid tensions with Sweden, with Berg saying a fresh attack "
        + "on Sweden was \"very likely\" this year.\n\n"
        + "Speaking to the Austrian news agency APA earlier this week, Nemanja Starovic said "
        + "that Belgrade opposes sanctions because they \"would not affect Russia at all\" "
        + "but would hurt Serbia.\n");
    assertEquals(List.of("olsen"), speakers(x, "dear friend"));
    assertEquals(List.of("berg"), speakers(x, "very likely"));
    assertEquals(List.of("nemanja-starovic"), speakers(x, "affect Russia"));
  }

  @Test
  void aTitleWithItsHolderSetOffAfterItIsThatHolder() {
    Extraction x = extractor.extract("President Nicolas Maduro said he had proposed a meeting "
        + "with Guyana. The president did not say who made the proposal.\n\n"
        + "Guyana did not comment, although hours earlier its president, Irfaan Ali, had said "
        + "that the court in The Hague will settle the dispute.\n\n"
        + "He maintained, however, that he was willing to talk. \"We are not opposed to talks "
        + "and meetings as responsible people,\" he said.\n");
    assertEquals(List.of("irfaan-ali"), speakers(x, "not opposed to talks"));
  }

  @Test
  void aCounterpartNamedAfterItsTitleAndTheFormerOfAPair() {
    Extraction x = extractor.extract("In their opening remarks, both President Karl Olsen and "
        + "his Swedish counterpart Anna Berg praised the ties between the two countries, with "
        + "the former calling them \"a model of good neighbourly relations.\"\n\n"
        + "Olsen and his Danish counterpart Lars Holm separately confirmed they would "
        + "\"join the boycott of the games\".\n");
    assertEquals(List.of("karl-olsen"), speakers(x, "good neighbourly"));
    assertEquals(List.of("karl-olsen", "lars-holm"), speakers(x, "join the boycott"));
  }
}
