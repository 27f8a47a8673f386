package org.psoportal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client side of one Vaadin UI as seen on the wire, for the load test and the memory benchmark: what a browser
 * keeps between requests. It takes the ids from the init response (UI id, the CSRF "security key"), carries syncId
 * and clientId from response to request, applies every {@code changes} list to a small model of the element tree
 * (tag, attributes, properties, children per node id) so that a scenario can find elements by their {@code id}
 * attribute, and judges every response: Vaadin answers HTTP 200 even when the server failed, so errors must be read
 * from the body.
 *
 * <p>Protocol (Vaadin 25, read from the real traffic of this application): {@code GET /?v-r=init&location=..}
 * answers JSON {@code {appConfig:{v-uiId, uidl:{syncId, clientId, Vaadin-Security-Key, changes..}}}}; the client
 * then sends the {@code ui-navigate} event to node 1 (the UI), which renders the route. Every interaction is
 * {@code POST /?v-r=uidl&v-uiId=N} with {@code {csrfToken, rpc:[..], syncId, clientId}}; the answer is one JSON
 * object (optionally prefixed {@code for(;;);} and wrapped in an array) with the next syncId and clientId.
 *
 * <p>Grids (the board's columns) get their rows not as elements but as JavaScript calls on the grid's connector in
 * the response's {@code execute} part: {@code $connector.updateSize(n)}, {@code $connector.set(start, [items])}
 * (each item a JSON object with its {@code key} and the renderer's properties), {@code $connector.confirm(id)}. As
 * the browser's connector does, the client answers each confirm with the grid's {@code confirmUpdate(id)} and asks
 * for rows it was told about but not sent with {@code setViewportRange} (a board column shows all its rows): see
 * {@link #gridCalls()}.
 */
public final class VaadinUi {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Node features as numbered by Flow's NodeFeatureRegistry (as seen in the responses). */
    private static final int FEATURE_ELEMENT_DATA = 0;

    private static final int FEATURE_PROPERTIES = 1;
    private static final int FEATURE_CHILDREN = 2;
    private static final int FEATURE_ATTRIBUTES = 3;

    /** What the server shows when something went wrong: PortalErrorHandler's and Notifications' error marks. */
    private static final List<String> ERROR_MARKS = List.of(
            "pso-error-notification", "\"appError\"", "\"sessionExpired\"", "Internal error", "Something went wrong");

    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    /** The rows each grid's connector holds, by the grid's node id. */
    private final Map<Integer, GridRows> grids = new HashMap<>();
    /** What the grid connectors send back with the next request: confirmations of the updates they got. */
    private final List<Map<String, Object>> gridCalls = new ArrayList<>();
    /** Requests for rows the connectors were told about but not sent: a request of their own after the confirms. */
    private final List<Map<String, Object>> rowRequests = new ArrayList<>();

    /** The return channel of each element's Lit renderer ({node, channel}), by the element's node id. */
    private final Map<Integer, int[]> litChannels = new HashMap<>();

    private String lastBody = "";
    /** Characters of all UIDL responses received (init and round trips): what the UI cost on the wire. */
    private long received;
    /** An element a scenario asked for but the UI did not have: reported with the next response. */
    private String missing;

    /** One element (or text node) of the UI's tree. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        boolean attached = true;

        Node(int id) {
            this.id = id;
        }
    }

    /** A grid's rows as its connector in the browser holds them. */
    static final class GridRows {
        int size;
        final java.util.TreeMap<Integer, JsonNode> rows = new java.util.TreeMap<>();
        int requested;
    }

    /** Rows a grid connector asks for at once (the web component's page size). */
    private static final int GRID_PAGE = 50;

    /** Rows the grids ask for at most: all for a board column; a scrolled grid shows and asks for its first pages. */
    private int rowLimit = Integer.MAX_VALUE;

    /** Grids ask for at most this many rows (rounded up to whole pages), as a grid taller than the window does. */
    public VaadinUi rowLimit(int rows) {
        rowLimit = rows;
        return this;
    }

    /**
     * Reads the init response ({@code GET /?v-r=init}). Returns null when it is fine, else what is wrong.
     */
    public String acceptInit(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            JsonNode uidl = config.path("uidl");
            if (config.isMissingNode() || uidl.isMissingNode()) {
                return "init: no appConfig.uidl in " + abbreviate(body);
            }
            uiId = config.path("v-uiId").asInt();
            csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
            syncId = uidl.path("syncId").asInt(-1);
            clientId = uidl.path("clientId").asInt(0);
            if (csrfToken == null || syncId < 0) {
                return "init: no security key or syncId";
            }
            received = body.length();
            nodes.clear();
            grids.clear();
            litChannels.clear();
            gridCalls.clear();
            rowRequests.clear();
            apply(uidl.path("changes"));
            execute(uidl.path("execute"));
            lastBody = body;
            return null;
        } catch (RuntimeException e) {
            return "init: unreadable response " + abbreviate(body);
        }
    }

    /** The body of the next UIDL request with these RPC calls. */
    public String request(List<Map<String, Object>> rpc) {
        ObjectNode request = JSON.createObjectNode();
        request.put("csrfToken", csrfToken);
        request.set("rpc", JSON.valueToTree(rpc));
        request.put("syncId", syncId);
        request.put("clientId", clientId);
        return request.toString();
    }

    /**
     * The beacon a browser sends when the page goes away (another page load, tab closed): the server closes the UI
     * at once instead of keeping it until three heartbeats are missed. Without it every page load of a virtual user
     * would leave a live UI behind (an open dashboard keeps being refreshed on every change).
     */
    public String unloadRequest() {
        ObjectNode request = (ObjectNode) JSON.readTree(request(List.of()));
        request.put("UNLOAD", true);
        return request.toString();
    }

    /**
     * Reads a UIDL response and checks it: parseable, no error marks, syncId moved on and clientId is the next one.
     * Returns null when it is fine, else what is wrong.
     */
    public String accept(String body) {
        lastBody = body;
        received += body.length();
        if (missing != null) {
            String problem = missing;
            missing = null;
            return problem;
        }
        for (String mark : ERROR_MARKS) {
            if (body.contains(mark)) {
                return "error in response: " + mark + " " + abbreviate(excerpt(body, mark));
            }
        }
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode response;
        try {
            response = JSON.readTree(json);
        } catch (RuntimeException e) {
            return "unreadable response " + abbreviate(body);
        }
        if (response instanceof ArrayNode array) {
            response = array.get(0);
        }
        if (response == null || !response.has("syncId")) {
            return "no syncId in response " + abbreviate(body);
        }
        if (response.has("meta") && response.get("meta").size() > 0) {
            return "meta in response (resync, session expiry or error) " + abbreviate(body);
        }
        int nextSync = response.get("syncId").asInt();
        int nextClient = response.path("clientId").asInt(-1);
        if (nextSync <= syncId) {
            return "syncId did not progress: " + syncId + " -> " + nextSync;
        }
        if (nextClient != clientId + 1) {
            return "clientId " + nextClient + " after " + clientId;
        }
        syncId = nextSync;
        clientId = nextClient;
        try {
            apply(response.path("changes"));
            execute(response.path("execute"));
        } catch (RuntimeException e) {
            return "could not apply the changes: " + e + " in " + abbreviate(body);
        }
        return null;
    }

    public int uiId() {
        return uiId;
    }

    /** Characters of the UIDL responses since the init response, that included. */
    public long received() {
        return received;
    }

    public String lastBody() {
        return lastBody;
    }

    private void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            Node node = nodes.computeIfAbsent(change.path("node").asInt(), Node::new);
            String type = change.path("type").asString("");
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "attach" -> node.attached = true;
                case "detach" -> node.attached = false;
                case "put" -> put(node, feature, change.path("key").asString(""), change.path("value"));
                case "remove" -> {
                    if (feature == FEATURE_ATTRIBUTES) {
                        node.attributes.remove(change.path("key").asString(""));
                    } else if (feature == FEATURE_PROPERTIES) {
                        node.properties.remove(change.path("key").asString(""));
                    }
                }
                case "splice" -> {
                    if (feature == FEATURE_CHILDREN) {
                        int index = change.path("index").asInt();
                        int remove = change.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < node.children.size(); i++) {
                            node.children.remove(index);
                        }
                        List<Integer> added = new ArrayList<>();
                        change.path("addNodes").forEach(n -> added.add(n.asInt()));
                        node.children.addAll(Math.min(index, node.children.size()), added);
                    }
                }
                case "clear" -> {
                    if (feature == FEATURE_CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                    // other change types (list features of class names, styles...) are not needed by the scenarios
                }
            }
        }
    }

    /** The grid connector calls among the response's JavaScript invocations (each: parameters, then the script). */
    private void execute(JsonNode invocations) {
        for (JsonNode call : invocations) {
            if (!call.isArray() || call.size() < 2) {
                continue;
            }
            String script = call.get(call.size() - 1).asString("");
            int grid = call.get(0).path("@v-node").asInt(-1);
            if (script.contains("setLitRenderer")) {
                rememberLitChannel(call);
            }
            if (grid < 0 || !script.contains("$connector.")) {
                continue;
            }
            switch (script) {
                case "return $0.$connector.updateSize($1)" -> {
                    GridRows rows = grids.computeIfAbsent(grid, g -> new GridRows());
                    rows.size = call.get(1).asInt();
                    rows.rows.tailMap(rows.size).clear();
                }
                case "return $0.$connector.set($1,$2)" -> {
                    GridRows rows = grids.computeIfAbsent(grid, g -> new GridRows());
                    int index = call.get(1).asInt();
                    for (JsonNode item : call.get(2)) {
                        rows.rows.put(index++, item);
                    }
                }
                case "return $0.$connector.clear($1,$2)" -> {
                    GridRows rows = grids.computeIfAbsent(grid, g -> new GridRows());
                    int from = call.get(1).asInt();
                    rows.rows.subMap(from, from + call.get(2).asInt()).clear();
                }
                case "return $0.$connector.confirm($1)" -> {
                    gridCalls.add(
                            callable(grid, "confirmUpdate", List.of(call.get(1).asInt())));
                    requestMissingRows(grid);
                }
                default -> {
                    if (script.contains("this.$connector.reset()")) {
                        GridRows rows = grids.computeIfAbsent(grid, g -> new GridRows());
                        rows.rows.clear();
                        rows.requested = 0;
                    }
                }
            }
        }
    }

    /**
     * A Lit renderer's functions ({@code @click="${open}"} in its template) reach the server through the return
     * channel passed to {@code setLitRenderer} as {@code {"@v-return":[node, channel]}}, the node being the
     * renderer's container (for a grid: its column).
     */
    private void rememberLitChannel(JsonNode call) {
        for (JsonNode parameter : call) {
            JsonNode channel = parameter.path("@v-return");
            if (channel.isArray() && channel.size() == 2) {
                int node = channel.get(0).asInt();
                litChannels.put(node, new int[] {node, channel.get(1).asInt()});
            }
        }
    }

    /**
     * The return channel of the Lit renderer on the element with this id or the first of its descendants that has
     * one: a grid's renderers belong to its columns ({@code setLitRenderer} is called on the column element).
     */
    private Optional<int[]> litChannel(String elementId) {
        return byId(elementId).map(this::subtree).orElse(List.of()).stream()
                .filter(litChannels::containsKey)
                .map(litChannels::get)
                .findFirst();
    }

    /** Whether the element with this id (or one inside it) has a Lit renderer the client can call. */
    public boolean hasLitRenderer(String elementId) {
        return litChannel(elementId).isPresent();
    }

    /**
     * A function of the Lit renderer of the element with this id called for one item, as the template's event
     * handler calls it: {@code returnChannel(name, itemKey, [])}.
     */
    public Map<String, Object> litFunction(String elementId, String function, JsonNode item) {
        int[] channel = litChannel(elementId).orElse(null);
        if (channel == null) {
            missing = "no Lit renderer channel on #" + elementId + " (channels " + litChannels.keySet() + ", subtree "
                    + byId(elementId).map(this::subtree).orElse(List.of()) + ")";
            return Map.of("type", "channel", "node", -1, "channel", -1, "args", List.of());
        }
        return Map.of(
                "type",
                "channel",
                "node",
                channel[0],
                "channel",
                channel[1],
                "args",
                List.of(function, item.path("key").asString(""), List.of()));
    }

    /**
     * All rows of a board column are visible, so its connector asks for the pages it was not sent, one page beyond
     * the last row (a Chromium on the unfiltered board of 100 cards per column sent {@code setViewportRange(0, 150)}
     * for each grid, last grid first, in a request after the one with the confirms).
     */
    private void requestMissingRows(int grid) {
        GridRows rows = grids.get(grid);
        int wanted = Math.min(rows == null ? 0 : rows.size, rowLimit);
        if (rows == null || rows.rows.size() >= wanted || rows.requested >= wanted) {
            return;
        }
        int length = wanted == rows.size
                ? ((rows.size - 1) / GRID_PAGE + 2) * GRID_PAGE
                : ((wanted - 1) / GRID_PAGE + 1) * GRID_PAGE;
        rows.requested = wanted;
        rowRequests.addFirst(callable(grid, "setViewportRange", List.of(0, length)));
    }

    /**
     * The calls the grid connectors would send now (and forgets them): first the confirmations, in a later request
     * the row requests; empty when there is nothing to send.
     */
    public List<Map<String, Object>> gridCalls() {
        List<Map<String, Object>> source = gridCalls.isEmpty() ? rowRequests : gridCalls;
        List<Map<String, Object>> calls = List.copyOf(source);
        source.clear();
        return calls;
    }

    public boolean hasGridCalls() {
        return !gridCalls.isEmpty() || !rowRequests.isEmpty();
    }

    /** The rows (items: key and renderer properties) the grid with this element id holds, in order. */
    public List<JsonNode> gridRows(String gridId) {
        return byId(gridId)
                .map(grids::get)
                .map(g -> List.copyOf(g.rows.values()))
                .orElse(List.of());
    }

    /** A renderer property of a grid item (the renderer prefixes the names with its own namespace). */
    public static String itemProperty(JsonNode item, String name) {
        for (var entry : item.properties()) {
            if (entry.getKey().endsWith("_" + name)) {
                return text(entry.getValue());
            }
        }
        return null;
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case FEATURE_ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = text(value);
                }
            }
            case FEATURE_PROPERTIES -> node.properties.put(key, value);
            case FEATURE_ATTRIBUTES -> node.attributes.put(key, text(value));
            case 7 -> node.text = text(value); // text node data
            default -> {
                // listeners, styles and the like
            }
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                ? ""
                : value.isValueNode() ? value.asString("") : value.toString();
    }

    /** The attached node whose {@code id} attribute is the given one. */
    public Optional<Integer> byId(String elementId) {
        return nodes.values().stream()
                .filter(n -> n.attached && elementId.equals(n.attributes.get("id")))
                .map(n -> n.id)
                .findFirst();
    }

    /** The attached element with this tag created last (the newest, e.g. the tabs of a dialog just opened). */
    public Optional<Integer> newestByTag(String tag) {
        return nodes.values().stream()
                .filter(n -> n.attached && tag.equals(n.tag))
                .map(n -> n.id)
                .max(Integer::compare);
    }

    /** The node and all its attached descendants, in document order. */
    public List<Integer> subtree(int nodeId) {
        List<Integer> out = new ArrayList<>();
        collect(nodeId, out);
        return out;
    }

    private void collect(int nodeId, List<Integer> out) {
        Node node = nodes.get(nodeId);
        if (node == null || !node.attached) {
            return;
        }
        out.add(nodeId);
        for (int child : node.children) {
            collect(child, out);
        }
    }

    /**
     * The node id of the element with this {@code id} attribute for an RPC call; when there is none, a node id the
     * server does not know, and the next response counts as failed with that reason.
     */
    public int nodeFor(String elementId) {
        return byId(elementId).orElseGet(() -> {
            missing = "no element #" + elementId + " in the UI";
            return -1;
        });
    }

    /** Marks the next response as failed (a step found nothing to act on). */
    public void fail(String problem) {
        missing = problem;
    }

    /** The attached children of a node. */
    public List<Integer> children(int nodeId) {
        Node node = nodes.get(nodeId);
        return node == null
                ? List.of()
                : node.children.stream()
                        .filter(c -> nodes.containsKey(c) && nodes.get(c).attached)
                        .toList();
    }

    /** A property the server set on the element (as text), e.g. the {@code innerHTML} of markup drawn in one element. */
    public String property(int nodeId, String name) {
        Node node = nodes.get(nodeId);
        return node == null || !node.properties.containsKey(name) ? null : text(node.properties.get(name));
    }

    public String attribute(int nodeId, String name) {
        Node node = nodes.get(nodeId);
        return node == null ? null : node.attributes.get(name);
    }

    /** The text of the element with this id and its descendants (e.g. an error message the view shows). */
    public String textUnder(String elementId) {
        return byId(elementId).map(this::subtree).orElse(List.of()).stream()
                .map(nodes::get)
                .filter(n -> n.text != null)
                .map(n -> n.text)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Element ids (the {@code id} attribute) under a node that start with the prefix, in document order. */
    public List<String> idsUnder(String parentId, String prefix) {
        return byId(parentId).map(this::subtree).orElse(List.of()).stream()
                .map(n -> attribute(n, "id"))
                .filter(id -> id != null && id.startsWith(prefix))
                .toList();
    }

    /**
     * Attached nodes that carry the attribute, by node id (the order they were created in). Not a walk from the UI
     * root: Flow attaches the router's content through a feature this model does not follow.
     */
    public List<Integer> withAttribute(String name) {
        return nodes.values().stream()
                .filter(n -> n.attached && n.attributes.containsKey(name))
                .map(n -> n.id)
                .sorted()
                .toList();
    }

    private static String excerpt(String body, String mark) {
        int i = body.indexOf(mark);
        return body.substring(Math.max(0, i - 100), Math.min(body.length(), i + 300));
    }

    static String abbreviate(String s) {
        return s == null ? "null" : s.length() <= 400 ? s : s.substring(0, 400) + "...";
    }

    // ------------------------------------------------------------------------------------- RPC calls the scenarios use

    /** The event the client sends after init so the server renders the route. */
    public static Map<String, Object> navigate(String route, String query) {
        return Map.of(
                "type",
                "event",
                "node",
                1,
                "event",
                "ui-navigate",
                "data",
                Map.of(
                        "route",
                        route,
                        "query",
                        query,
                        "appShellTitle",
                        "",
                        "historyState",
                        Map.of("idx", 0),
                        "trigger",
                        ""));
    }

    /** The dashboard's sections that are made when the browser scrolls near them (LazySection). */
    static final List<String> LAZY_SECTIONS = List.of("expert-section", "training-section", "service-level-section");

    /**
     * What the browser sends as the reader scrolls to the end of the page: each section still waiting to be made says
     * it came near ({@code pso-near}).
     */
    public List<Map<String, Object>> scrolledToTheEnd() {
        return LAZY_SECTIONS.stream()
                .flatMap(id -> byId(id).stream())
                .map(node -> event(node, "pso-near", Map.of()))
                .toList();
    }

    /** The poll a UI with a poll interval sends (the open dashboard asks for new figures this way). */
    public static Map<String, Object> poll() {
        return event(1, "ui-poll", Map.of());
    }

    public static Map<String, Object> event(int node, String event, Map<String, Object> data) {
        return Map.of("type", "event", "node", node, "event", event, "data", data);
    }

    public static Map<String, Object> click(int node) {
        return event(
                node,
                "click",
                Map.of(
                        "event.detail",
                        1,
                        "event.button",
                        0,
                        "event.clientX",
                        10,
                        "event.clientY",
                        10,
                        "event.shiftKey",
                        false,
                        "event.ctrlKey",
                        false,
                        "event.altKey",
                        false,
                        "event.metaKey",
                        false));
    }

    /** A property the browser changed (e.g. a field's value), as the client syncs it. */
    public static Map<String, Object> sync(int node, String property, Object value) {
        return Map.of(
                "type", "mSync", "node", node, "feature", FEATURE_PROPERTIES, "property", property, "value", value);
    }

    /** A {@code @ClientCallable} method of a component, as its web component's connector calls it. */
    public static Map<String, Object> callable(int node, String method, List<Object> args) {
        return Map.of(
                "type",
                "publishedEventHandler",
                "node",
                node,
                "templateEventMethodName",
                method,
                "templateEventMethodArgs",
                args,
                "promise",
                0);
    }

    /** The grid's row drag start, as vaadin-grid fires it: the dragged items as the connector holds them. */
    public static Map<String, Object> gridDragStart(int grid, JsonNode item) {
        return event(grid, "grid-dragstart", Map.of("event.detail", Map.of("draggedItems", List.of(item))));
    }

    /**
     * A drop on a grid: on an empty grid {@code location} "empty" and no target item, else "above" or "below" the
     * target item. The drag data is the dragged row's text, as vaadin-grid sets it.
     */
    public static Map<String, Object> gridDrop(int grid, JsonNode target, String location, String dragText) {
        Map<String, Object> data = new HashMap<>();
        data.put("event.detail.dropTargetItem", target);
        data.put("event.detail.dragData", List.of(Map.of("type", "text/plain", "data", dragText)));
        data.put("event.detail.dropLocation", location);
        return event(grid, "grid-drop", data);
    }

    public static Map<String, Object> gridDragEnd(int grid) {
        return Map.of("type", "event", "node", grid, "event", "grid-dragend");
    }

    /** Keys of the items a combo box's connector received (after {@code setViewportRange}), in order. */
    public List<String> comboKeys() {
        List<String> keys = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"key\":\"([^\"]+)\",\"label\"")
                .matcher(lastBody);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
