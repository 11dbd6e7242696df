package duban.tasks.eventstore;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The store's index of which tasks belong to which plan ({@code plan_task}): what lets {@link StoredEvents} read
 * the events of a plan's tasks in one query. Written by the lookup processor in the transaction of the
 * {@code TaskCreated} it follows from, so a read right after the command finds the task.
 */
@Singleton
public class PlanTasks {

    @Inject
    AgroalDataSource dataSource;

    /** Records that the task belongs to the plan; a task recorded already is left as it is (an event handled twice). */
    public void record(String taskId, String planId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO plan_task (task_id, plan_id) VALUES (?, ?) ON CONFLICT (task_id) DO NOTHING")) {
            insert.setString(1, taskId);
            insert.setString(2, planId);
            insert.executeUpdate();
        }
    }
}
