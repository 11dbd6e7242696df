package duban.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

class OperationIdFilterTest {

    private final OperationIdFilter filter = new OperationIdFilter();

    @Test
    void namesAnOperationByItsResourceNounAndMethod() {
        OpenAPI document = document(
                "/api/v1/plans", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().operationId("PlanResource_list"))
                        .POST(OASFactory.createOperation().operationId("PlanResource_register")),
                "/api/v1/tasks/{taskId}/reports/{reportId}/return", OASFactory.createPathItem()
                        .POST(OASFactory.createOperation().operationId("TaskReportsResource_returnReport")));

        filter.filterOpenAPI(document);

        assertThat(document.getPaths().getPathItem("/api/v1/plans").getGET().getOperationId()).isEqualTo("planList");
        assertThat(document.getPaths().getPathItem("/api/v1/plans").getPOST().getOperationId())
                .isEqualTo("planRegister");
        assertThat(document.getPaths().getPathItem("/api/v1/tasks/{taskId}/reports/{reportId}/return").getPOST()
                .getOperationId()).isEqualTo("taskReportsReturnReport");
    }

    @Test
    void keepsAClassNameWithoutTheResourceSuffix() {
        assertThat(OperationIdFilter.operationId("Inbox_list", "GET /inbox")).isEqualTo("inboxList");
    }

    @Test
    void refusesTwoOperationsOfTheSameName() {
        OpenAPI document = document(
                "/a", OASFactory.createPathItem().GET(OASFactory.createOperation().operationId("AResource_get")),
                "/b", OASFactory.createPathItem().GET(OASFactory.createOperation().operationId("AResource_get")));

        assertThatThrownBy(() -> filter.filterOpenAPI(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operationId aGet names both GET /a and GET /b");
    }

    @Test
    void refusesAnOperationNamedByAnotherStrategy() {
        OpenAPI document = document(
                "/a", OASFactory.createPathItem().GET(OASFactory.createOperation().operationId("get")),
                "/b", OASFactory.createPathItem().GET(OASFactory.createOperation()));

        assertThatThrownBy(() -> filter.filterOpenAPI(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operation-id-strategy=CLASS_METHOD");
    }

    private static OpenAPI document(String path, PathItem item, String otherPath, PathItem other) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, item).addPathItem(otherPath, other));
    }
}
