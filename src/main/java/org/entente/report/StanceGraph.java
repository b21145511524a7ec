package org.entente.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Actor;
import org.entente.Alliance;
import org.entente.Polarity;
import org.entente.Stance;

/**
 * The stance graph across all articles: actors and alliances that hold or receive a stance are
 * nodes; each (holder, target, polarity) is one edge weighted by how often it occurs. Built as
 * Cytoscape.js elements.
 */
final class StanceGraph {
  /** A node: an actor or alliance, with its mentions over all articles. */
  record Node(String id, String label, String kind, int mentions) {}

  /** An edge: how often {@code source} takes {@code polarity} toward {@code target}. */
  record Edge(String source, String target, Polarity polarity, int weight) {}

  private final List<Node> nodes;
  private final List<Edge> edges;

  private StanceGraph(List<Node> nodes, List<Edge> edges) {
    this.nodes = nodes;
    this.edges = edges;
  }

  static StanceGraph of(List<Article> articles) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    Map<String, Integer> mentions = new LinkedHashMap<>();
    Map<List<Object>, Integer> counts = new LinkedHashMap<>();
    for (Article a : articles) {
      for (Actor actor : a.extraction().actors()) {
        names.putIfAbsent(actor.id(), actor.name());
        kinds.putIfAbsent(actor.id(), actor.kind().name());
        mentions.merge(actor.id(), actor.mentions().size(), Integer::sum);
      }
      for (Alliance alliance : a.extraction().alliances()) {
        names.putIfAbsent(alliance.id(), alliance.id());  // "NATO" labels a node better
        kinds.putIfAbsent(alliance.id(), "ALLIANCE");
        mentions.merge(alliance.id(), alliance.mentions().size(), Integer::sum);
      }
      for (Stance s : a.extraction().stances()) {
        counts.merge(List.of(s.holder(), s.target(), s.polarity()), 1, Integer::sum);
      }
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = counts.entrySet().stream().map(e -> new Edge(
        (String) e.getKey().get(0), (String) e.getKey().get(1), (Polarity) e.getKey().get(2),
        e.getValue())).toList();
    for (Edge e : edges) {
      for (String id : List.of(e.source(), e.target())) {
        nodes.computeIfAbsent(id, k -> new Node(k, names.getOrDefault(k, k),
            kinds.getOrDefault(k, "ACTOR"), mentions.getOrDefault(k, 0)));
      }
    }
    return new StanceGraph(List.copyOf(nodes.values()), edges);
  }

  List<Node> nodes() {
    return nodes;
  }

  List<Edge> edges() {
    return edges;
  }

  /** The heaviest edge's weight, at least 1: the top of the edge-width scale. */
  int maxWeight() {
    return edges.stream().mapToInt(Edge::weight).max().orElse(1);
  }

  /** Cytoscape.js elements: {@code {nodes: [{data: ...}], edges: [{data: ...}]}}. */
  Map<String, Object> elements() {
    List<Map<String, Object>> n = nodes.stream().map(node -> Map.<String, Object>of("data",
        Map.of("id", node.id(), "label", node.label(), "kind", node.kind(),
            "mentions", node.mentions()))).toList();
    List<Map<String, Object>> e = edges.stream().map(edge -> Map.<String, Object>of("data",
        Map.of("id", edge.source() + "|" + edge.polarity() + "|" + edge.target(),
            "source", edge.source(), "target", edge.target(),
            "polarity", edge.polarity().name(), "weight", edge.weight(),
            "label", edge.weight() > 1 ? "×" + edge.weight() : ""))).toList();
    return Map.of("nodes", n, "edges", e);
  }
}
