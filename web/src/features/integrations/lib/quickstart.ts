/**
 * Receivers a partner can start from: verify with a Standard Webhooks library (it also refuses a timestamp more than
 * five minutes off), skip a webhook-id already stored, and keep each subject's last ce-sequence. Code stays in
 * English in every language, as it would in the partner's editor.
 */
export const NODE_RECEIVER = `// npm install standardwebhooks express
import express from "express";
import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.HAMKORI_WEBHOOK_SECRET); // "whsec_…"
const app = express();

// the raw bytes: a signature covers the body exactly as sent
app.post("/hamkori/events", express.raw({ type: "application/json" }), async (req, res) => {
  try {
    webhook.verify(req.body, req.headers);
  } catch {
    return res.status(401).end();
  }
  const id = req.get("webhook-id");                   // = ce-id, the same on every retry
  const subject = req.get("ce-subject");
  const sequence = Number(req.get("ce-sequence"));
  if (!(await alreadyStored(id)) && sequence > (await lastSequence(subject))) {
    await store(id, subject, sequence, JSON.parse(req.body)); // one transaction
  }
  res.status(204).end();                              // 2xx within 15 s, duplicates too
});
app.listen(8080);
`;

export const PYTHON_RECEIVER = `# pip install standardwebhooks flask
import json, os
from flask import Flask, request
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

webhook = Webhook(os.environ["HAMKORI_WEBHOOK_SECRET"])  # "whsec_…"
app = Flask(__name__)

@app.post("/hamkori/events")
def receive():
    headers = {name.lower(): value for name, value in request.headers.items()}
    try:
        webhook.verify(request.get_data(), headers)  # the raw bytes
    except WebhookVerificationError:
        return "", 401
    event_id = headers["webhook-id"]                 # = ce-id, the same on every retry
    subject, sequence = headers["ce-subject"], int(headers["ce-sequence"])
    if not already_stored(event_id) and sequence > last_sequence(subject):
        store(event_id, subject, sequence, json.loads(request.get_data()))  # one transaction
    return "", 204                                   # 2xx within 15 s, duplicates too
`;

/** What is signed, for a partner who checks by hand what a library refused. */
export const SIGNED_CONTENT = `signed  = webhook-id + "." + webhook-timestamp + "." + raw body
key     = base64-decode(secret without "whsec_")
expected = "v1," + base64(HMAC-SHA256(key, signed))
valid   = expected equals one of the space-separated entries of webhook-signature`;
