package org.entente.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.Extractor;
import org.entente.Polarity;
import org.entente.StanceTrainer;

/**
 * Weakly labelled stance pairs from outside the corpus, for {@code train-stances}: NewsMTSC's
 * train split (a news sentence's sentiment towards a marked target; negative read as OPPOSE,
 * positive as SUPPORT, neutral as no stance, held by the sentence's own subject or speaker).
 * The texts are annotated by entente's pipeline and only the candidate pairs the marks label
 * are kept; nothing of the texts is stored. (PLOVER's records are read by {@link
 * StanceTrainer#preparePlover}.)
 */
final class WeakStanceData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WeakStanceData() {}

  /**
   * NewsMTSC's train split as documents, one per source article (its sentences in order, a
   * paragraph each). The stance pairs' polarity feature must not come from a model trained on
   * the same sentences (it would read them perfectly, and the stance models would learn to trust
   * it too much): the articles are split in two halves by order, and each half is annotated
   * with a polarity model trained on the other.
   *
   * @param trainJsonl NewsMTSC's {@code train.jsonl}
   * @param builder the extractor settings to annotate with
   * @param neutral whether to keep the articles whose targets are all neutral (else they are
   *     not annotated: only a pair of a polar target can be a stance, and annotating costs)
   * @return the documents with their labelled pairs
   * @throws IOException when reading fails
   */
  static List<StanceTrainer.Doc> newsMtsc(Path trainJsonl, Extractor.Builder builder,
      boolean neutral) throws IOException {
    Map<String, TreeMap<Integer, JsonNode>> articles = new LinkedHashMap<>();
    Map<String, List<String>> linesOf = new LinkedHashMap<>();
    List<String> all = Files.readAllLines(trainJsonl, UTF_8);
    for (int no = 0; no < all.size(); no++) {
      String line = all.get(no);
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      checkNewsMtsc(n, trainJsonl + ":" + (no + 1));
      String[] gid = n.get("primary_gid").asText().split("_", 5);
      String article = gid[0] + "_" + gid[1] + "_" + gid[2];
      int sentence;
      try {
        sentence = Integer.parseInt(gid[3]);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        sentence = articles.getOrDefault(article, new TreeMap<>()).size();
      }
      articles.computeIfAbsent(article, k -> new TreeMap<>()).putIfAbsent(sentence, n);
      linesOf.computeIfAbsent(article, k -> new ArrayList<>()).add(line);
    }
    List<String> ids = new ArrayList<>(articles.keySet());
    List<StanceTrainer.Doc> out = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        if (i % 2 != half) {
          lines.addAll(linesOf.get(ids.get(i)));
        }
      }
      StanceTrainer trainer = StanceTrainer.withPolarityTrainedOn(builder, lines);
      for (int i = half; i < ids.size(); i += 2) {
        if (neutral || articles.get(ids.get(i)).values().stream().anyMatch(
            WeakStanceData::polar)) {
          out.add(article(trainer, ids.get(i), articles.get(ids.get(i)).values()));
        }
      }
    }
    return out;
  }

  /**
   * Fails with the line's place when a NewsMTSC record lacks a field this reader needs or marks
   * a target outside its sentence, rather than with a null pointer or a mark past the text.
   */
  private static void checkNewsMtsc(JsonNode n, String where) throws IOException {
    for (String field : List.of("primary_gid", "sentence_normalized", "targets")) {
      if (n == null || !n.hasNonNull(field)) {
        throw new IOException(where + ": no '" + field + "' in a NewsMTSC record");
      }
    }
    int length = n.get("sentence_normalized").asText().length();
    for (JsonNode t : n.get("targets")) {
      int from = t.path("from").asInt(-1);
      int to = t.path("to").asInt(-1);
      if (!t.hasNonNull("polarity") || from < 0 || to < from || to > length) {
        throw new IOException(where + ": a target needs 'polarity' and 0 <= from <= to <= "
            + length + " (the sentence's length), got " + t);
      }
    }
  }

  private static boolean polar(JsonNode sentence) {
    for (JsonNode t : sentence.get("targets")) {
      if (Math.abs(t.get("polarity").asDouble() - 4) > 1) {
        return true;
      }
    }
    return false;
  }

  private static StanceTrainer.Doc article(StanceTrainer trainer, String id,
      Iterable<JsonNode> sentences) {
    StringBuilder text = new StringBuilder();
    List<StanceTrainer.Marked> marks = new ArrayList<>();
    for (JsonNode n : sentences) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int at = text.length();
      text.append(n.get("sentence_normalized").asText());
      for (JsonNode t : n.get("targets")) {
        int pol = (int) Math.round(t.get("polarity").asDouble());
        Polarity p = pol <= 3 ? Polarity.OPPOSE : pol >= 5 ? Polarity.SUPPORT : null;
        marks.add(new StanceTrainer.Marked(at + t.get("from").asInt(), at + t.get("to").asInt(),
            null, p, Set.of(), Set.of()));
      }
    }
    return trainer.prepareMarked(id, text.toString(), marks);
  }
}
