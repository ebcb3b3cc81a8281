"use client";

import { ImagePlus, X } from "lucide-react";
import { useId, useState } from "react";

export type PendingImage = { id: string; url: string; width: number; height: number; alt: string };
const MAX_IMAGES = 10;
const MAX_BYTES = 10 * 1024 * 1024;

/** Uploads images as they are chosen; the composer submits only their ids. */
export function ImagePicker({
  images,
  onImagesChange,
}: {
  images: PendingImage[];
  onImagesChange: (images: PendingImage[]) => void;
}) {
  const inputId = useId();
  const [uploading, setUploading] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);

  async function upload(files: FileList) {
    const chosen = [...files].slice(0, MAX_IMAGES - images.length);
    const problems: string[] = files.length > chosen.length ? [`You can attach at most ${MAX_IMAGES} images.`] : [];
    setUploading((n) => n + chosen.length);
    const added: PendingImage[] = [];
    for (const file of chosen) {
      if (file.size > MAX_BYTES) {
        problems.push(`${file.name}: images can be at most 10 MB.`);
      } else {
        const form = new FormData();
        form.set("file", file);
        const response = await fetch("/api/uploads/images", { method: "POST", body: form }).catch(() => null);
        const body = (await response?.json().catch(() => null)) as
          (PendingImage & { error?: { message: string } }) | null;
        if (response?.ok && body) added.push(body);
        else problems.push(`${file.name}: ${body?.error?.message ?? "the upload failed. Try again."}`);
      }
      setUploading((n) => n - 1);
    }
    onImagesChange([...images, ...added]);
    setErrors(problems);
  }

  return (
    <div>
      {images.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-2" aria-label="Attached images">
          {images.map((image) => (
            <li key={image.id} className="relative">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own authorised upload route */}
              <img
                src={image.url}
                alt={image.alt || "Attached image"}
                className="size-20 rounded-lg object-cover ring-1 ring-stone-200"
              />
              <button
                type="button"
                onClick={() => onImagesChange(images.filter((other) => other.id !== image.id))}
                aria-label="Remove image"
                className="absolute -right-1.5 -top-1.5 rounded-full bg-stone-900 p-0.5 text-white"
              >
                <X className="size-3.5" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <label
        htmlFor={inputId}
        className="inline-flex cursor-pointer items-center gap-1.5 rounded-lg px-2 py-1.5 text-sm text-stone-700 hover:bg-stone-100 focus-within:ring-2 focus-within:ring-ember-600"
      >
        <ImagePlus className="size-4" aria-hidden="true" /> Add images
        <input
          id={inputId}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          multiple
          className="sr-only"
          disabled={images.length >= MAX_IMAGES}
          onChange={(event) => {
            if (event.target.files?.length) void upload(event.target.files);
            event.target.value = "";
          }}
        />
      </label>
      {uploading > 0 && (
        <span role="status" className="ml-2 text-sm text-stone-500">
          Uploading {uploading}…
        </span>
      )}
      {errors.length > 0 && (
        <ul role="alert" className="mt-2 space-y-1 text-sm text-red-700">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
