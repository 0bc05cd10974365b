import Image from "next/image";

// The catalog's images are SVG illustrations in public/: served as they are, no optimisation.
export function ProductImage({
  src,
  alt,
  className,
  eager,
}: {
  src: string;
  alt: string;
  className?: string;
  // For images above the fold, which the browser should not wait to fetch.
  eager?: boolean;
}) {
  return (
    <Image
      src={src}
      alt={alt}
      width={400}
      height={400}
      unoptimized
      loading={eager ? "eager" : "lazy"}
      className={`aspect-square h-auto w-full object-cover ${className ?? ""}`}
    />
  );
}
