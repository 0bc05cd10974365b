import { z } from "zod";

// The send_notification job's payload, as queue-sql.ts writes it (json_build_object).
export const sendPayload = z.object({ notificationId: z.string().min(1) });
