package io.github.cameltiktok.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes every text that describes the component's options from its generated component JSON, so that none is
 * copied by hand: the README's options table, the component doc ({@code src/main/docs/tiktok-report-component.adoc})
 * and the Spring Boot starter's {@code camel.component.tiktok-report.*} properties class (whose IDE metadata Spring's
 * processor derives). Run by the build after the JSON is generated:
 * {@code OptionDocs <component json> <README.md> <component adoc> <starter java>}.
 */
public final class OptionDocs {

    static final String README_START = "<!-- options:start (generated from the component JSON by the build) -->";
    static final String README_END = "<!-- options:end -->";

    /** Options every Camel component or scheduled consumer has; the README points to Camel's docs for them. */
    static final Set<String> CAMEL_GENERIC_OPTIONS = Set.of("bridgeErrorHandler", "lazyStartProducer",
            "autowiredEnabled", "healthCheckConsumerEnabled", "healthCheckProducerEnabled", "exceptionHandler",
            "exchangePattern", "pollStrategy", "sendEmptyMessageWhenIdle", "backoffErrorThreshold",
            "backoffIdleThreshold", "backoffMultiplier", "delay", "greedy", "initialDelay", "repeatCount",
            "runLoggingLevel", "scheduledExecutorService", "scheduler", "schedulerProperties", "startScheduler",
            "timeUnit", "useFixedDelay", "configuration", "reportName");

    private OptionDocs() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode json;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            json = new ObjectMapper().readTree(in);
        }
        Path readme = Path.of(args[1]);
        writeIfChanged(readme, replaceBetween(Files.readString(readme), README_START, README_END,
                readmeTable(json)));
        writeIfChanged(Path.of(args[2]), adoc(json));
        writeIfChanged(Path.of(args[3]), starterProperties(json));
    }

    private static void writeIfChanged(Path file, String content) throws IOException {
        if (!Files.exists(file) || !Files.readString(file).equals(content)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
    }

    static String replaceBetween(String text, String start, String end, String content) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("Markers " + start + " and " + end + " not found");
        }
        return text.substring(0, from + start.length()) + "\n" + content + text.substring(to);
    }

    /** The options the README lists: each once, with where it can be set. */
    static Map<String, JsonNode> documentedOptions(JsonNode json) {
        Map<String, JsonNode> options = new LinkedHashMap<>();
        for (String section : List.of("properties", "componentProperties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = json.path(section).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!CAMEL_GENERIC_OPTIONS.contains(e.getKey()) && !options.containsKey(e.getKey())) {
                    options.put(e.getKey(), e.getValue());
                }
            }
        }
        return options;
    }

    static String where(JsonNode json, String option) {
        boolean endpoint = json.path("properties").has(option);
        boolean component = json.path("componentProperties").has(option);
        return endpoint && component ? "both" : component ? "component" : "endpoint";
    }

    static String description(JsonNode option) {
        String text = option.path("description").asText();
        if (option.path("secret").asBoolean()) {
            text = "**Secret.** " + text;
        }
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.path("enum").forEach(v -> values.add(v.asText()));
            text += " One of: " + String.join(", ", values) + ".";
        }
        return text;
    }

    static String defaultValue(JsonNode option) {
        JsonNode value = option.path("defaultValue");
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static String readmeTable(JsonNode json) {
        StringBuilder table = new StringBuilder("| option | default | set on | description |\n|---|---|---|---|\n");
        documentedOptions(json).forEach((name, option) -> {
            String defaultValue = defaultValue(option);
            table.append("| `").append("parameters".equals(name) ? "param.<name>" : name).append("` | ")
                    .append(defaultValue.isEmpty() ? "" : "`" + defaultValue + "`").append(" | ")
                    .append(where(json, name)).append(" | ").append(description(option).replace("|", "\\|"))
                    .append(" |\n");
        });
        return table.toString();
    }

    static String adoc(JsonNode json) {
        JsonNode component = json.path("component");
        StringBuilder doc = new StringBuilder();
        doc.append("= ").append(component.path("title").asText()).append(" Component\n");
        doc.append(":doctitle: ").append(component.path("title").asText()).append("\n");
        doc.append(":shortname: ").append(component.path("scheme").asText()).append("\n");
        doc.append(":artifactid: ").append(component.path("artifactId").asText()).append("\n");
        doc.append(":description: ").append(component.path("description").asText()).append("\n");
        doc.append(":since: ").append(component.path("firstVersion").asText()).append("\n");
        doc.append(":supportlevel: ").append(component.path("supportLevel").asText()).append("\n");
        doc.append(":component-header: Both producer and consumer are supported\n");
        doc.append("//Manually maintained attributes: none. This file is generated from the component JSON by the"
                   + " build (OptionDocs); edit the option descriptions in the Java sources.\n\n");
        doc.append("*Since Camel ").append(component.path("firstVersion").asText()).append("*\n\n");
        doc.append(component.path("description").asText()).append("\n\n");
        doc.append("== URI format\n\n----\n").append(component.path("syntax").asText())
                .append("[?options]\n----\n\n");
        doc.append("== Component options\n\n");
        optionTable(doc, json.path("componentProperties"));
        doc.append("\n== Endpoint options\n\n");
        optionTable(doc, json.path("properties"));
        doc.append("\n== Message headers\n\n[width=\"100%\",cols=\"2,5,^1\",options=\"header\"]\n|===\n"
                   + "| Name | Description | Type\n");
        json.path("headers").fields().forEachRemaining(e -> doc.append("| ").append(e.getKey()).append(" | ")
                .append(e.getValue().path("description").asText().replace("|", "\\|")).append(" | ")
                .append(e.getValue().path("javaType").asText()).append("\n"));
        doc.append("|===\n");
        return doc.toString();
    }

    private static void optionTable(StringBuilder doc, JsonNode options) {
        doc.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        options.fields().forEachRemaining(e -> doc.append("| ").append(e.getKey()).append(" | ")
                .append(description(e.getValue()).replace("|", "\\|")).append(" | ")
                .append(defaultValue(e.getValue())).append(" | ").append(e.getValue().path("javaType").asText())
                .append("\n"));
        doc.append("|===\n");
    }

    /** The starter's {@code @ConfigurationProperties} class: a field, getter and setter per component option. */
    static String starterProperties(JsonNode json) {
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        List<String> secrets = new ArrayList<>();
        json.path("componentProperties").fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode option = e.getValue();
            String type = boxed(option.path("javaType").asText());
            String description = option.path("description").asText();
            if (option.path("secret").asBoolean()) {
                description = "Secret. " + description;
                secrets.add(kebab(name));
            }
            fields.append("    /**\n");
            for (String line : wrap(description.replace("*/", "* /"), 110)) {
                fields.append("     * ").append(line).append("\n");
            }
            fields.append("     */\n    private ").append(type).append(" ").append(name)
                    .append(initializer(type, option)).append(";\n\n");
            String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("    public ").append(type).append(" get").append(capital).append("() {\n        return ")
                    .append(name).append(";\n    }\n\n    public void set").append(capital).append("(").append(type)
                    .append(" ").append(name).append(") {\n        this.").append(name).append(" = ").append(name)
                    .append(";\n    }\n\n");
        });
        return "package io.github.cameltiktok.springboot;\n\n"
               + "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
               + "import org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
               + "/**\n * {@code camel.component.tiktok-report.*}: every option of the tiktok-report component, with the"
               + " descriptions and\n * defaults of its component JSON. Generated by the build (OptionDocs) from that"
               + " JSON: do not edit. Options left\n * unset keep the component's defaults.\n */\n"
               + "@ConfigurationProperties(prefix = \"camel.component.tiktok-report\")\n"
               + "public class TikTokReportComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n"
               + "    /** The options that hold secrets: masked by {@link TikTokReportSecretsSanitizer}, never logged."
               + " */\n    public static final String[] SECRET_OPTIONS = { \"" + String.join("\", \"", secrets)
               + "\" };\n\n" + fields + accessors.toString().stripTrailing() + "\n}\n";
    }

    private static String initializer(String type, JsonNode option) {
        String value = defaultValue(option);
        if (value.isEmpty()) {
            return "";
        }
        return " = " + switch (type) {
            case "java.lang.Boolean" -> value;
            case "java.lang.Long" -> value + "L";
            case "java.lang.Integer" -> value;
            case "java.lang.Double" -> value.contains(".") ? value : value + ".0";
            case "java.lang.String" -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> throw new IllegalStateException("No initializer for a default of type " + type);
        };
    }

    private static String boxed(String javaType) {
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            default -> javaType;
        };
    }

    static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
