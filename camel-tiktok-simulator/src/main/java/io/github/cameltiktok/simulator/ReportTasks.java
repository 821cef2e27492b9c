/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltiktok.simulator;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.simulator.SimulatorConfig.TaskBehaviour;

/**
 * TikTok's asynchronous report tasks: {@code /report/task/create/} validates the report like the synchronous one
 * (but for the whole window, unpaged, never truncated), {@code check} walks QUEUING → PROCESSING → the end the
 * configuration asks for, {@code download} answers the CSV file, {@code cancel} ends an unfinished task.
 */
final class ReportTasks {

    private final SimulatorConfig config;
    private final ReportEngine reports;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    ReportTasks(SimulatorConfig config, ReportEngine reports) {
        this.config = config;
        this.reports = reports;
    }

    private static final class Task {
        final String advertiserId;
        final ReportEngine.Query query;
        int checks;
        boolean cancelled;

        Task(String advertiserId, ReportEngine.Query query) {
            this.advertiserId = advertiserId;
            this.query = query;
        }
    }

    /** The task's {@code data}: its id. */
    Map<String, Object> create(JsonNode body) {
        if (config.tasks() == TaskBehaviour.NOT_ALLOWED) {
            throw new ApiError(ApiError.NOT_ALLOWLISTED, "The app is not in the allowlist of asynchronous reports.");
        }
        // the body's arrays and objects are JSON values; the report engine reads them as the sync query's text
        ReportEngine.Query query = reports.parse(name -> {
            JsonNode value = body.get(name);
            return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
        }, true);
        // title translation is a flag of BASIC and AUDIENCE tasks only (TikTok's create-task page)
        boolean translatable = Set.of("BASIC", "AUDIENCE").contains(body.path("report_type").asText("BASIC"));
        if (!translatable && body.has("enable_report_title_translation")) {
            throw ApiError.invalid("enable_report_title_translation: only valid for BASIC and AUDIENCE reports.");
        }
        if (translatable && body.path("enable_report_title_translation").asBoolean(true)
            || !"CSV_STRING".equals(body.path("output_format").asText("CSV_STRING"))) {
            throw ApiError.invalid("The simulator serves untranslated CSV_STRING tasks only.");
        }
        String id = Long.toString(7_400_000_000_000_000_000L + sequence.incrementAndGet());
        tasks.put(id, new Task(body.path("advertiser_id").asText(), query));
        return Map.of("task_id", id);
    }

    /** The task's {@code data}: status, and a message when it failed. */
    Map<String, Object> check(String advertiserId, String taskId) {
        Task task = task(advertiserId, taskId);
        synchronized (task) {
            String status = status(task);
            task.checks++;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("task_id", taskId);
            data.put("status", status);
            if (status.equals("FAILED")) {
                data.put("message", "The report could not be generated: internal aggregation error.");
            }
            return data;
        }
    }

    byte[] download(String advertiserId, String taskId) throws IOException {
        Task task = task(advertiserId, taskId);
        synchronized (task) {
            if (!status(task).equals("SUCCESS")) {
                throw new ApiError(ApiError.TASK_NOT_READY, "Task is not ready.");
            }
        }
        return reports.rows().csv(task.query);
    }

    Map<String, Object> cancel(JsonNode body) {
        Task task = task(body.path("advertiser_id").asText(null), body.path("task_id").asText(null));
        synchronized (task) {
            String status = status(task);
            if (!status.equals("QUEUING") && !status.equals("PROCESSING")) {
                throw new ApiError(ApiError.TASK_ERROR, "Only queuing or processing tasks can be cancelled.");
            }
            task.cancelled = true;
        }
        return Map.of("status", "CANCELED");
    }

    private String status(Task task) {
        if (task.cancelled) {
            return "CANCELED";
        }
        if (task.checks == 0) {
            return "QUEUING";
        }
        if (task.checks < config.checksUntilDone() || config.tasks() == TaskBehaviour.NEVER_FINISH) {
            return "PROCESSING";
        }
        return switch (config.tasks()) {
            case FAIL -> "FAILED";
            case CANCELED -> "CANCELED";
            default -> "SUCCESS";
        };
    }

    private Task task(String advertiserId, String taskId) {
        Task task = taskId == null ? null : tasks.get(taskId);
        if (task == null || !task.advertiserId.equals(advertiserId)) {
            throw ApiError.invalid("task_id: task " + taskId + " does not exist for advertiser " + advertiserId + ".");
        }
        return task;
    }
}
