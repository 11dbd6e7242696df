package duban.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON the generator sends to tasks-service and the one field it reads back. */
final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** {@code POST /api/v1/units}: a city department with no alias. */
    static String registerUnit(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("category", "CITY_DEPARTMENT");
        return write(body);
    }

    /** {@code POST /api/v1/tasks}: a task with the given lead units and no co-responsible ones. */
    static String createTask(String planId, String code, String title, List<String> leadUnitIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", planId);
        body.put("code", code);
        body.put("title", title);
        body.put("leadUnitIds", leadUnitIds);
        body.put("coUnitIds", List.of());
        return write(body);
    }

    /** {@code POST /api/v1/tasks/{id}/reports}: a report for the period open now. */
    static String report(String unitId, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("text", text);
        return write(body);
    }

    /** The {@code id} of a created task's or unit's answer. */
    static String id(String answer) {
        try {
            JsonNode id = JSON.readTree(answer).get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw new IllegalStateException("the answer names no id: " + abbreviate(answer));
            }
            return id.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer is not JSON: " + abbreviate(answer), e);
        }
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
