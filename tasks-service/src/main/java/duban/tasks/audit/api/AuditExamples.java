package duban.tasks.audit.api;

/** Example answers for the OpenAPI document. */
final class AuditExamples {

    static final String HISTORY = """
            [{"sequence":0,"globalIndex":1041,"eventId":"6d0f4f6e-2f5c-4d1b-9a57-3f0a6b2c9e11",
              "type":"duban.task.created.v1","occurredAt":"2017-11-20T02:15:04.118Z",
              "recordedAt":"2017-11-20T02:15:04.131Z",
              "actor":{"userId":"zhang.wei","role":"supervisor"},
              "correlationId":"5a1e0c8e-7d7b-4c21-8f0e-51c3c2a4d9b7",
              "causationId":"c3f7d3f2-4a0e-4b8f-a3a5-8a8a1e6f0b42","idempotencyKey":"create-2017-102-1",
              "data":{"taskId":"0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10","planId":"xinxiang-2017-102",
                      "parentId":null,"code":"一.(二).1.(2)","title":"加快发展高新技术企业",
                      "text":"实施“小升高”培育行动","leadUnitIds":["市科技局"],"coUnitIds":["红旗区"],
                      "timelineText":"12月底前,全市新培育高新技术企业30家"},
              "hash":"4be1c0f4f1f7e7f0b0c5d59c4a3c0e6a3b1f1d2e3c4b5a69788796a5b4c3d2e1",
              "prevHash":"0000000000000000000000000000000000000000000000000000000000000000"},
             {"sequence":1,"globalIndex":1042,"eventId":"8a9e2d1c-3b4f-4e5a-8c7d-6b5a4f3e2d1c",
              "type":"duban.task.progress-reported.v1","occurredAt":"2017-11-25T01:02:03.004Z",
              "recordedAt":"2017-11-25T01:02:03.020Z",
              "actor":{"userId":"li.na","unitId":"市科技局","role":"unit"},
              "correlationId":"e2b7f1a0-9c8d-4e7f-a6b5-c4d3e2f1a0b9",
              "causationId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
              "data":{"taskId":"0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10",
                      "reportId":"c242d08f-278c-42cf-91cc-bc7e4df7c661","unitId":"市科技局",
                      "period":"2017-11-25","text":"已完成第二批高企推荐工作。","counts":[],
                      "milestonesClaimedDone":[],"attachments":[]},
              "hash":"9f2c1a7e5b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60",
              "prevHash":"4be1c0f4f1f7e7f0b0c5d59c4a3c0e6a3b1f1d2e3c4b5a69788796a5b4c3d2e1"}]""";

    static final String PAGE = """
            {"events":[{"aggregateId":"0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10","aggregateType":"Task",
              "sequence":1,"globalIndex":1042,"eventId":"8a9e2d1c-3b4f-4e5a-8c7d-6b5a4f3e2d1c",
              "type":"duban.task.progress-reported.v1","occurredAt":"2017-11-25T01:02:03.004Z",
              "recordedAt":"2017-11-25T01:02:03.020Z",
              "actor":{"userId":"li.na","unitId":"市科技局","role":"unit"},
              "correlationId":"e2b7f1a0-9c8d-4e7f-a6b5-c4d3e2f1a0b9",
              "causationId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
              "data":{"taskId":"0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10",
                      "reportId":"c242d08f-278c-42cf-91cc-bc7e4df7c661","unitId":"市科技局",
                      "period":"2017-11-25","text":"已完成第二批高企推荐工作。","counts":[],
                      "milestonesClaimedDone":[],"attachments":[]},
              "hash":"9f2c1a7e5b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60",
              "prevHash":"4be1c0f4f1f7e7f0b0c5d59c4a3c0e6a3b1f1d2e3c4b5a69788796a5b4c3d2e1"}],
             "nextAfter":1042}""";

    static final String INTACT = """
            {"intact":true,"eventsChecked":52810,"checkpointsChecked":1440,"firstBrokenLink":null,
             "attachmentsIntact":true,"attachmentsChecked":312,"attachmentProblems":[]}""";

    static final String EDITED = """
            {"intact":false,"eventsChecked":1041,"checkpointsChecked":37,
             "firstBrokenLink":{"globalIndex":1042,"aggregateId":"0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10",
               "sequence":1,"problem":"edited","detail":"the row's content does not match its hash"},
             "attachmentsIntact":true,"attachmentsChecked":12,"attachmentProblems":[]}""";

    static final String ATTACHMENT_CORRUPT = """
            {"intact":true,"eventsChecked":52810,"checkpointsChecked":1440,"firstBrokenLink":null,
             "attachmentsIntact":false,"attachmentsChecked":312,
             "attachmentProblems":[{"sha256":"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
               "taskId":"0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10","reportId":"r-2017-11-20-kjj","problem":"corrupt",
               "detail":"the stored bytes hash to 9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab"}]}""";

    static final String LAST_DELETED = """
            {"intact":false,"eventsChecked":1043,"checkpointsChecked":37,
             "firstBrokenLink":{"globalIndex":1044,"aggregateId":"0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10",
               "sequence":2,"problem":"checkpoint-mismatch",
               "detail":"checkpoint 38 bound the aggregate up to sequence 2 (global index 1044) but the store ends at sequence 1: its last event(s) were deleted"},
             "attachmentsIntact":true,"attachmentsChecked":12,"attachmentProblems":[]}""";

    static final String INVALID_LIMIT = """
            {"type":"urn:duban:problem:invalid-limit","title":"Bad request","status":400,
             "detail":"limit must be a whole number from 1 to 1000",
             "instance":"3f1d2c4b-5a69-4788-9a6b-5c4d3e2f1a0b"}""";

    static final String TASK_NOT_FOUND = """
            {"type":"urn:duban:problem:not-found","title":"Not found","status":404,
             "detail":"task 0b6f3c1e-5d2a-4c8e-9f1a-2b7d9e4c6a10 does not exist",
             "instance":"7c6b5a49-3827-4161-9e8d-7c6b5a493827"}""";

    private AuditExamples() {
    }
}
