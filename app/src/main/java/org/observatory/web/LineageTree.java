package org.observatory.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lineage subtree as a nested tree for the dashboard (ECharts {@code tree} data: {@code name},
 * {@code value}, {@code children}): each node once, under the first parent it is reached from at
 * its least depth, most downloaded children first, at most {@code maxNodes} nodes with the root.
 */
final class LineageTree {
  private final ObjectNode root;
  private final List<Map<String, Object>> placed = new ArrayList<>();
  private boolean truncated;

  private LineageTree(ObjectNode root) {
    this.root = root;
  }

  /**
   * @param rows edge rows of {@code lineage_subtree}, by depth
   * @param rowLimit the row limit the query ran with: reaching it means rows were left out
   */
  static LineageTree of(
      String rootId,
      Map<String, Object> rootRecord,
      List<Map<String, Object>> rows,
      int maxNodes,
      int rowLimit) {
    ObjectNode root =
        node(
            rootId,
            null,
            0,
            rootRecord == null ? null : rootRecord.get("author"),
            rootRecord == null ? null : rootRecord.get("downloads"),
            rootRecord != null);
    LineageTree tree = new LineageTree(root);
    Map<String, ObjectNode> byId = new HashMap<>();
    byId.put(rootId, root);
    for (Map<String, Object> r : rows) {
      String id = (String) r.get("id");
      ObjectNode parent = byId.get((String) r.get("parent"));
      if (byId.containsKey(id) || parent == null) {
        continue;
      }
      if (byId.size() >= maxNodes) {
        tree.truncated = true;
        break;
      }
      ObjectNode n =
          node(
              id,
              (String) r.get("relation"),
              ((Number) r.get("depth")).intValue(),
              r.get("author"),
              r.get("downloads"),
              Boolean.TRUE.equals(r.get("has_record")));
      ((ArrayNode) parent.get("children")).add(n);
      byId.put(id, n);
      tree.placed.add(r);
    }
    tree.truncated |= rows.size() >= rowLimit;
    return tree;
  }

  private static ObjectNode node(
      String id, String relation, int depth, Object author, Object downloads, boolean hasRecord) {
    ObjectNode n = JsonValues.object();
    n.put("name", id);
    n.put("relation", relation);
    n.put("depth", depth);
    n.set("author", JsonValues.value(author));
    n.set("value", JsonValues.value(downloads));
    n.put("has_record", hasRecord);
    n.putArray("children");
    return n;
  }

  ObjectNode root() {
    return root;
  }

  /** Nodes in the tree, the root included. */
  int size() {
    return placed.size() + 1;
  }

  /** Whether nodes within the depth were left out to keep to the maximum. */
  boolean truncated() {
    return truncated;
  }

  /** The edge rows placed in the tree, for its CSV. */
  List<Map<String, Object>> placed() {
    return placed;
  }
}
