console.log("hamkori-test-asset");
