import { z } from "zod";

/** A row id in input (cuids today): every use case's id fields parse with this. */
export const ZId = z.string().min(1).max(40);
