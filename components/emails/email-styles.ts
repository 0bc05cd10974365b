// The inline styles the store's emails share (email clients drop <style> and class names).

export const headingStyle = { fontSize: "22px", color: "#1c1917", margin: "0 0 8px" };
export const textStyle = { fontSize: "15px", color: "#292524", lineHeight: "22px" };
export const buttonStyle = {
  backgroundColor: "#1c1917",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontSize: "15px",
};
export const buttonSectionStyle = { margin: "24px 0" };
