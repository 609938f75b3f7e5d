import { inngest } from "./client";
import { createDispatch } from "./dispatch";

/** The app's event dispatcher, on the app's client. */
export const dispatch = createDispatch(inngest);
