import pg from "pg";

// What the job queue leaves when it gives up on an email, made directly in the e2e database:
// the e2e mail catcher accepts everything, and a real give-up takes ten tries over three hours.
// Only graphile-worker's public SQL functions touch its tables.

async function inTransaction(run: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await run(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

// The notification "failed" after its send job ran out of attempts and was later deleted.
export async function failNotification(notificationId: string): Promise<void> {
  await inTransaction(async (client) => {
    await client.query(
      `UPDATE "Notification" SET status = 'failed', attempts = 10,
              "lastError" = '451 Servicio no disponible, intente más tarde'
       WHERE id = $1`,
      [notificationId],
    );
  });
}

// The notification "failed" and its send job dead (attempts at max_attempts), in one
// transaction, so no worker ever sees the job alive. Returns the job's key.
export async function killSendJob(notificationId: string): Promise<string> {
  const key = `notification:${notificationId}`;
  await inTransaction(async (client) => {
    await client.query(
      `SELECT graphile_worker.reschedule_jobs(ARRAY[(graphile_worker.add_job(
         'send_notification', json_build_object('notificationId', $1::text),
         run_at := now() + interval '1 day', max_attempts := 10, job_key := $2::text,
         job_key_mode := 'replace')).id], run_at := now(), attempts := 10)`,
      [notificationId, key],
    );
    await client.query(`UPDATE "Notification" SET status = 'failed', attempts = 10 WHERE id = $1`, [
      notificationId,
    ]);
  });
  return key;
}
