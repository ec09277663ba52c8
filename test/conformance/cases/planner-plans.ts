// Planner plans and buckets: the workspace group's plans, creating the series' plan, and the
// plan's buckets (one per occurrence).
import { expect } from "vitest";
import { createBucket, listBuckets } from "@/features/minutes/planner-sync/planner-read";
import { createGroupPlan, listGroupPlans } from "@/features/setup/api/workspace-choices";
import { createDocumentedGraph } from "../support/documented-graph";
import { adaptRequest } from "./types";
import type { ConformanceCase } from "./types";

const documentedPlan = "xqQg5FS2LkCp935s-FIFm2QAFkHM";

export const plannerPlanCases: ConformanceCase[] = [
  {
    operation: "listGroupPlans",
    request: (session, example) =>
      adaptRequest(example, { "02bd9fd6-8f93-4758-87c3-1fb73740a315": session.ids.groupId }),
    map: async () => {
      const plans = await listGroupPlans(createDocumentedGraph(), "02bd9fd6-8f93-4758-87c3-1fb73740a315");
      expect(plans).toEqual([{ id: documentedPlan, title: "title-value" }]);
      return `listGroupPlans → 1 plan ${documentedPlan}`;
    },
  },
  {
    operation: "createPlannerPlan",
    request: (session, example) =>
      adaptRequest(example, { "ebf3b108-5234-4e22-b93d-656d7dae5874": session.ids.groupId }),
    status: {
      expected: 201,
      reason: "the page's Response section says 201 Created; its example's status line says 200 OK",
    },
    map: async () => {
      const plan = await createGroupPlan(
        createDocumentedGraph(),
        "ebf3b108-5234-4e22-b93d-656d7dae5874",
        "title-value",
      );
      expect(plan).toEqual({ id: documentedPlan, title: "title-value" });
      return `createGroupPlan → ${plan.id}`;
    },
  },
  {
    operation: "listPlannerBuckets",
    request: (session, example) => adaptRequest(example, { "{plan-id}": session.ids.planId }),
    map: async () => {
      const buckets = await listBuckets(createDocumentedGraph(), "2txjA-BMZEq-bKi6Wfj5aGQAB1OJ");
      expect(buckets).toEqual([{ id: "hsOf2dhOJkqyYYZEtdzDe2QAIUCR", name: "To do" }]);
      return "listBuckets → 1 bucket 'To do'";
    },
  },
  {
    operation: "createPlannerBucket",
    request: (session, example) => adaptRequest(example, { [documentedPlan]: session.ids.planId }),
    map: async () => {
      const bucket = await createBucket(createDocumentedGraph(), documentedPlan, "Advertising");
      expect(bucket).toEqual({ id: "hsOf2dhOJkqyYYZEtdzDe2QAIUCR", name: "Advertising" });
      return `createBucket → ${bucket.id}`;
    },
  },
];
