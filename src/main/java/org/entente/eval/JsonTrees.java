package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** Reading JSON trees the way score.py reads Python dicts and lists. */
final class JsonTrees {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonTrees() {}

  /** score.py's {@code as_list}: absent or null is empty, an array its elements, else itself. */
  static List<JsonNode> asList(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return List.of();
    }
    if (node.isArray()) {
      List<JsonNode> out = new ArrayList<>();
      node.forEach(out::add);
      return out;
    }
    return List.of(node);
  }

  /** The strings of {@link #asList}; other values are left out (score.py would fail on them). */
  static ImmutableList<String> strings(JsonNode node) {
    return asList(node).stream().filter(JsonNode::isTextual).map(JsonNode::textValue)
        .collect(ImmutableList.toImmutableList());
  }

  /** The node's string, or null when it is absent or not a string. */
  static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  /** A field's elements when it is an array (score.py's {@code d.get(k) or []}), else none. */
  static List<JsonNode> elements(JsonNode object, String field) {
    JsonNode node = object.get(field);
    return node != null && node.isArray() ? asList(node) : List.of();
  }

  /** Python's {@code a.get("id")} for {@code ids_of}: a non-empty string id, else null. */
  static String truthyId(JsonNode object) {
    String id = text(object.get("id"));
    return id == null || id.isEmpty() ? null : id;
  }

  /** score.py's {@code ids_of}: strings as they are, objects by their non-empty id. */
  static ImmutableList<String> idsOf(JsonNode node) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (JsonNode it : node != null && node.isArray() ? asList(node) : List.<JsonNode>of()) {
      if (it.isTextual()) {
        out.add(it.textValue());
      } else if (it.isObject() && truthyId(it) != null) {
        out.add(truthyId(it));
      }
    }
    return out.build();
  }
}
